import extraNames from '../../../resources/import/agency-names.json';
import builtinPlan from '../../../resources/plans/259-KH-UBND-2020.json';

type SeedEntry = { name: string; aliases?: string[] };

/** A city's plan ("UBND thành phố Hồ Chí Minh") says "thành phố" where the province's directory says "tỉnh". */
function forIssuer(text: string, issuer: string | undefined): string {
  const city = issuer !== undefined && /thành phố/iu.test(issuer) && !/(^|\s)tỉnh(\s|$)/iu.test(issuer);
  return city ? text.replace(/(^|\s)tỉnh(?=\s|$)/gu, '$1thành phố') : text;
}

/**
 * The agency directory that ships with the app (data in resources/plans/ and resources/import/,
 * with the aliases documents use: "Đài PTTH", "Sở KH và CN", "UBND các xã, phường"…). An import
 * consults it for names the install's own directory does not know yet, and adds only the entries
 * a plan actually names. The province/city word follows the plan's issuer.
 */
export function seedAgencies(issuer?: string): Array<{ name: string; aliases: string[] }> {
  const entries = [...(builtinPlan.agencies as SeedEntry[]), ...(extraNames.agencies as SeedEntry[])];
  return entries.map((a) => ({
    name: forIssuer(a.name.normalize('NFC'), issuer),
    aliases: (a.aliases ?? []).map((x) => forIssuer(x.normalize('NFC'), issuer)),
  }));
}
