// Daily votes, comments and proposals as an inline SVG line chart, with the figures as a table.
import { useTranslation } from "react-i18next";
import { formatDate } from "@/i18n/dates";
import type { Summary } from "./api";
import "./i18n";
import { linear } from "./scale";
import { TableWrap } from "@/components/TableWrap";

const SERIES = [
  { key: "votes", colour: "#0b5e55", dash: "" },
  { key: "comments", colour: "#1d4ed8", dash: "6 3" },
  { key: "proposals", colour: "#a4262c", dash: "2 3" },
] as const;

const W = 640;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

export function ActivityChart({ daily }: { daily: Summary["daily"] }) {
  const { t, i18n } = useTranslation("agency");
  if (daily.length === 0) return <p className="muted">{t("dashboard.noActivity")}</p>;
  const max = Math.max(1, ...daily.flatMap((d) => [d.votes, d.comments, d.proposals]));
  const x = linear(0, daily.length - 1, PAD.left, W - PAD.right);
  const y = linear(0, max, H - PAD.bottom, PAD.top);
  const first = daily[0]!;
  const last = daily[daily.length - 1]!;
  return (
    <figure className="activity-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("dashboard.activityChart")}>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#4a5560" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="#4a5560" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" fontSize="11" fill="#1b1f23">
          {max}
        </text>
        <text x={PAD.left - 6} y={H - PAD.bottom} textAnchor="end" fontSize="11" fill="#1b1f23">
          0
        </text>
        <text x={PAD.left} y={H - 8} fontSize="11" fill="#1b1f23">
          {formatDate(first.day, i18n.language)}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" fontSize="11" fill="#1b1f23">
          {formatDate(last.day, i18n.language)}
        </text>
        {SERIES.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.colour}
            strokeWidth={2}
            strokeDasharray={s.dash}
            points={daily.map((d, i) => `${x(i).toFixed(1)},${y(d[s.key]).toFixed(1)}`).join(" ")}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          {SERIES.map((s) => (
            <li key={s.key}>
              <svg width="24" height="8" aria-hidden="true">
                <line x1="0" x2="24" y1="4" y2="4" stroke={s.colour} strokeWidth="2" strokeDasharray={s.dash} />
              </svg>
              {t(`dashboard.${s.key}`)}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t("dashboard.activityChart")}</summary>
          <TableWrap label={t("dashboard.activityChart")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.day")}</th>
                  {SERIES.map((s) => (
                    <th key={s.key} scope="col">
                      {t(`dashboard.${s.key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {daily.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{formatDate(d.day, i18n.language)}</th>
                    <td>{d.votes}</td>
                    <td>{d.comments}</td>
                    <td>{d.proposals}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </details>
      </figcaption>
    </figure>
  );
}
