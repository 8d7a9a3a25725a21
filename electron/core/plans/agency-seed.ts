import builtinPlan from '../../../resources/plans/259-KH-UBND-2020.json';

/**
 * The agency directory that ships with the app (data in resources/plans/, with the aliases the
 * province's documents use: "Đài PTTH", "Sở KH và CN"…). An import consults it for names the
 * install's own directory does not know yet, and adds only the entries a plan actually names.
 */
export function seedAgencies(): Array<{ name: string; aliases: string[] }> {
  return (builtinPlan.agencies as Array<{ name: string; aliases?: string[] }>).map((a) => ({ name: a.name.normalize('NFC'), aliases: (a.aliases ?? []).map((x) => x.normalize('NFC')) }));
}
