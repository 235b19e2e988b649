// An indicator's measured values over time as a small inline chart, with the baseline and the
// target as dashed lines. Screen readers get the chart summed up in its label, and every
// value in a table that is hidden from the eye only.
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "@/i18n/dates";
import type { Indicator } from "./api";

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 8;

/** Where each value, the baseline and the target sit in the drawing. */
export function chartPoints(indicator: Pick<Indicator, "baseline" | "target" | "values">) {
  const figures = [indicator.baseline, indicator.target, ...indicator.values.map((v) => v.value)];
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const span = high - low || 1;
  const y = (value: number) => HEIGHT - PAD - ((value - low) / span) * (HEIGHT - 2 * PAD);
  const days = indicator.values.map((v) => Date.parse(v.measured_on));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = (day: number) =>
    days.length < 2 || last === first ? WIDTH / 2 : PAD + ((day - first) / (last - first)) * (WIDTH - 2 * PAD);
  return {
    baseline: y(indicator.baseline),
    target: y(indicator.target),
    points: indicator.values.map((v, i) => ({ id: v.id, x: x(days[i] ?? first), y: y(v.value) })),
  };
}

export function IndicatorChart({ indicator, name }: { indicator: Indicator; name: string }) {
  const { t, i18n } = useTranslation("indicators");
  const lang = i18n.language;
  const n = (value: number) => formatNumber(value, lang);
  const { baseline, target, points } = chartPoints(indicator);
  const values = indicator.values;
  const firstValue = values[0];
  const lastValue = values[values.length - 1];
  const label =
    firstValue && lastValue
      ? t("chartLabel", {
          name,
          from: formatDate(firstValue.measured_on, lang),
          to: formatDate(lastValue.measured_on, lang),
          first: n(firstValue.value),
          last: n(lastValue.value),
          unit: indicator.unit,
          baseline: n(indicator.baseline),
          target: n(indicator.target),
        })
      : t("chartEmpty", { name, unit: indicator.unit, baseline: n(indicator.baseline), target: n(indicator.target) });
  return (
    <figure className="indicator-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="none">
        <line className="indicator-baseline" x1={0} x2={WIDTH} y1={baseline} y2={baseline} />
        <line className="indicator-target" x1={0} x2={WIDTH} y1={target} y2={target} />
        {points.length > 1 && (
          <polyline className="indicator-line" points={points.map((p) => `${p.x},${p.y}`).join(" ")} />
        )}
        {points.map((p) => (
          <circle key={p.id} className="indicator-point" cx={p.x} cy={p.y} r={4} />
        ))}
      </svg>
      <figcaption className="indicator-legend" aria-hidden="true">
        <span className="indicator-key indicator-key-baseline">
          {t("baseline")} {n(indicator.baseline)}
        </span>{" "}
        <span className="indicator-key indicator-key-target">
          {t("target")} {n(indicator.target)}
        </span>
      </figcaption>
      {values.length > 0 && (
        // The hiding box wraps the table: a table itself grows to its content's width, and a
        // hidden one so wide would widen the page on a phone.
        <div className="visually-hidden">
          <table>
            <caption>{t("valuesTable", { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dateColumn")}</th>
                <th scope="col">{t("valueColumn", { unit: indicator.unit })}</th>
                <th scope="col">{t("source")}</th>
                <th scope="col">{t("noteColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {values.map((v) => (
                <tr key={v.id}>
                  <td>{formatDate(v.measured_on, lang)}</td>
                  <td>{n(v.value)}</td>
                  <td>{v.source}</td>
                  <td>{v.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
