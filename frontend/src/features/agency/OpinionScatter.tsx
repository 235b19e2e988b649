// Participants' 2-D positions from the opinion-groups analysis, one colour (and legend entry) per group.
import { useTranslation } from "react-i18next";
import type { ParticipantPoint } from "./api";
import "./i18n";
import { scalePoints } from "./scale";

/** Colours with at least 3:1 contrast on white, told apart by the legend as well. */
export const GROUP_COLOURS = ["#0b5e55", "#a4262c", "#1d4ed8", "#7c3aed", "#9a5b00", "#374151"];
const UNGROUPED = "#6b7280";

export function groupColour(group: number | null | undefined): string {
  if (group === null || group === undefined) return UNGROUPED;
  return GROUP_COLOURS[group % GROUP_COLOURS.length] ?? UNGROUPED;
}

const BOX = { width: 480, height: 320, padding: 16 };

export function OpinionScatter({ points, groupIds }: { points: ParticipantPoint[]; groupIds: number[] }) {
  const { t } = useTranslation("agency");
  const placed = scalePoints(points, BOX);
  return (
    <figure className="scatter">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={t("groups.scatter")}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect x="0" y="0" width={BOX.width} height={BOX.height} fill="#fff" stroke="#cfcac0" />
        {placed.map((p) => (
          <circle key={p.id} cx={p.cx} cy={p.cy} r={4} fill={groupColour(p.group)} fillOpacity={0.8} />
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          {groupIds.map((id) => (
            <li key={id}>
              <span className="swatch" style={{ background: groupColour(id) }} aria-hidden="true" />
              {t("groups.group", { id: id + 1 })}
            </li>
          ))}
          {points.some((p) => p.group === null || p.group === undefined) && (
            <li>
              <span className="swatch" style={{ background: UNGROUPED }} aria-hidden="true" />
              {t("groups.ungrouped")}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
