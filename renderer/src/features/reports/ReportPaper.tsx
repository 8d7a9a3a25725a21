import {
  RESULT_TABLE_HEADINGS,
  doneItemsHeading,
  printedItemLine,
  proofSummary,
  type ReportDocument,
  type ReportTextKey,
  type ReportTexts,
} from '../../../../shared/domain/report';
import { EditableSection } from './EditableSection';

interface Props {
  doc: ReportDocument;
  texts: ReportTexts;
  onText: (key: ReportTextKey, value: string) => void;
  onCommit: () => void;
}

function Results({ doc }: { doc: ReportDocument }) {
  const results = doc.results;
  const t = results.totals;
  const proof = proofSummary(doc);
  return (
    <>
      {results.intro.map((p) => (
        <p key={p} className="rp-body">
          {p}
        </p>
      ))}
      {proof ? (
        <p className="rp-body" data-testid="report-proof">
          {proof}
        </p>
      ) : null}
      <p className="rp-body">{results.tableCaption}</p>
      <table className="rp-table">
        <thead>
          <tr>
            {RESULT_TABLE_HEADINGS.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.rows.flatMap((r) => [
            <tr key={r.taskId} data-task={r.code}>
              <td className="num">{r.order}</td>
              <td>
                {r.code}. {r.title}
              </td>
              <td>{r.product}</td>
              <td>{r.leads.join('; ')}</td>
              <td className="num">{r.requiredText ?? r.required}</td>
              <td className="num">{r.requiredText ? '–' : r.onTime}</td>
              <td className="num">{r.requiredText ? '–' : r.late}</td>
              <td className="num">{r.requiredText ? '–' : r.missing}</td>
              <td className="num">{r.requiredText ? '–' : r.notYetDue}</td>
              <td className="num">{r.extra}</td>
            </tr>,
            <tr key={`${r.taskId}-items`} className="rp-items">
              <td />
              <td colSpan={RESULT_TABLE_HEADINGS.length - 1}>
                <em>{doneItemsHeading(r)}</em>
                {r.items.map((i) => (
                  <div key={i.itemId}>- {printedItemLine(i)}</div>
                ))}
              </td>
            </tr>,
          ])}
          <tr className="rp-total">
            <td colSpan={4}>Tổng cộng</td>
            <td className="num">{t.required}</td>
            <td className="num">{t.onTime}</td>
            <td className="num">{t.late}</td>
            <td className="num">{t.missing}</td>
            <td className="num">{t.notYetDue}</td>
            <td className="num">{t.extra}</td>
          </tr>
        </tbody>
      </table>
      {results.shortfalls.length > 0 ? (
        <>
          <p className="rp-body">
            <em>{results.shortfallHeading}</em>
          </p>
          {results.shortfalls.map((s) => (
            <p key={s} className="rp-body">
              - {s}
            </p>
          ))}
        </>
      ) : null}
      {results.organisations.length > 0 ? (
        <>
          <p className="rp-body">
            <em>{results.organisationHeading}</em>
          </p>
          {results.organisations.map((s) => (
            <p key={s} className="rp-body rp-org-line">
              - {s}
            </p>
          ))}
        </>
      ) : null}
      {results.amendments.length > 0 ? (
        <>
          <p className="rp-body">
            <em>{results.amendmentHeading}</em>
          </p>
          {results.amendments.map((s) => (
            <p key={s} className="rp-body">
              - {s}
            </p>
          ))}
        </>
      ) : null}
    </>
  );
}

/** The report on an A4 sheet in Times New Roman, laid out like the DOCX (Nghị định 30/2020). */
export function ReportPaper({ doc, texts, onText, onCommit }: Props) {
  const h = doc.header;
  return (
    <article className="rp-paper" aria-label={`${doc.title} ${doc.subject}`} lang="vi">
      <div className="rp-header">
        <div className="rp-left">
          {h.parentBody ? <div>{h.parentBody}</div> : null}
          <div className="rp-bold">{h.issuingBody}</div>
          <hr className="rp-rule short" />
          <div className="rp-number">{h.numberLine}</div>
        </div>
        <div className="rp-right">
          <div className="rp-bold rp-motto1">{h.motto[0]}</div>
          <div className="rp-bold rp-motto2">
            <span className="rp-underline">{h.motto[1]}</span>
          </div>
          <div className="rp-date">{h.placeDate}</div>
        </div>
      </div>
      <h2 className="rp-title">{doc.title}</h2>
      <p className="rp-subject">{doc.subject}</p>
      <hr className="rp-rule subject" />
      {doc.sections.map((s) =>
        s.key === 'results' ? (
          <div key={s.key} className="rp-section" data-section="results">
            <p className="rp-heading">{s.heading}</p>
            <Results doc={doc} />
          </div>
        ) : (
          <EditableSection
            key={s.key}
            name={s.key}
            heading={s.heading}
            value={texts[s.key]}
            onChange={(v) => onText(s.key as ReportTextKey, v)}
            onCommit={onCommit}
          />
        ),
      )}
      <p className="rp-body">{doc.closing}</p>
      <div className="rp-footer">
        <div className="rp-recipients">
          <div className="rp-recipients-head">{doc.recipients.heading}</div>
          {doc.recipients.lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </div>
        <div className="rp-signer">
          {doc.signer.authority.map((l) => (
            <div key={l} className="rp-bold">
              {l}
            </div>
          ))}
          <div className="rp-sign-space" />
          <div className="rp-bold">{doc.signer.name}</div>
        </div>
      </div>
    </article>
  );
}
