/**
 * The diagram as present mode shows it: one SVG drawn from the layout's
 * Geometry (the editor's backdrop, then arrows and steps), under a camera
 * that moves to the stop, with what is not yet revealed dimmed, the
 * current phase or step framed, and the depth band's matching level lit.
 * The lane titles stay pinned at the screen's left edge; in a step's
 * close-up the depth band stays pinned at the bottom.
 */
import { memo, useId } from 'react';
import type { DepthGeometry, Geometry, LinkGeometry, StepGeometry, TextBlock } from '../../layout/geometry';
import type { Reveal } from '../../layout/stops';
import { measureText } from '../../layout/text/measure';
import { blockTop } from '../../layout/textBlock';
import { arrowHead, LINK_WIDTH, STEP_BORDER, STEP_RADIUS } from '../../io/export/svgPaths';
import type { Diagram } from '../../model/types';
import { BackdropContent, DepthBand } from '../canvas/Backdrop';
import { SvgText } from '../canvas/SvgText';
import { pinnedColumn, type Camera } from './camera';

/** How many dots a step shows before the rest is a number. */
const MAX_DOTS = 10;
const DOT_R = 7;
const DOT_GAP = 17;

type Marks = ReadonlyMap<string, { readonly votes: number; readonly comments: number }>;

const flag = (b: boolean) => (b ? 'true' : 'false');

function LinkLabel({ label }: { label: TextBlock }) {
  const widest = Math.max(0, ...label.lines.map((line) => measureText(line, label)));
  const width = widest + 6;
  const left = label.anchor === 'middle' ? label.x - width / 2 : label.anchor === 'end' ? label.x - width : label.x;
  return (
    <>
      <rect x={left} y={blockTop(label)} width={width} height={label.lines.length * label.lineHeight} rx={3} fill="#ffffff" fillOpacity={0.92} />
      <SvgText block={{ ...label, x: left + width / 2, anchor: 'middle' }} />
    </>
  );
}

const Link = memo(function Link({ link, revealed }: { link: LinkGeometry; revealed: boolean }) {
  return (
    <g className="polku-present-link" data-link={link.id} data-revealed={flag(revealed)}>
      <path d={link.path} fill="none" stroke={link.color} strokeWidth={LINK_WIDTH} />
      <polygon
        points={arrowHead(link.end, link.endAngle)}
        fill={link.color}
        stroke={link.color}
        strokeWidth={(18 * LINK_WIDTH) / 20}
        strokeLinejoin="round"
      />
      {link.label && <LinkLabel label={link.label} />}
    </g>
  );
});

/** The dots of a step's votes along its bottom edge, and its comment count on its top right corner. */
function StepMarks({ s, votes, comments }: { s: StepGeometry; votes: number; comments: number }) {
  const dots = Math.min(votes, MAX_DOTS);
  const y = s.y + s.height;
  return (
    <>
      {votes > 0 && (
        <g className="polku-present-votes" data-votes={votes}>
          {Array.from({ length: dots }, (_, i) => (
            <circle key={i} cx={s.x + 14 + i * DOT_GAP} cy={y} r={DOT_R} fill="#c2410c" stroke="#ffffff" strokeWidth={2} />
          ))}
          {votes > MAX_DOTS && (
            <text x={s.x + 6 + dots * DOT_GAP} y={y + 5} fontSize={14} fontWeight={700} fill="#9a3412">
              {votes}
            </text>
          )}
        </g>
      )}
      {comments > 0 && (
        <g className="polku-present-comments" data-comments={comments}>
          <rect x={s.x + s.width - 16} y={s.y - 11} width={comments > 9 ? 30 : 24} height={22} rx={11} fill="#164a6d" stroke="#ffffff" strokeWidth={1.5} />
          <path d={`M ${s.x + s.width - 8} ${s.y + 10} l -3 6 l 9 -6 z`} fill="#164a6d" />
          <text x={s.x + s.width - 16 + (comments > 9 ? 15 : 12)} y={s.y + 5} fontSize={13} fontWeight={700} fill="#ffffff" textAnchor="middle">
            {comments}
          </text>
        </g>
      )}
    </>
  );
}

const Step = memo(function Step({
  s,
  revealed,
  current,
  votes,
  comments,
}: {
  s: StepGeometry;
  revealed: boolean;
  current: boolean;
  votes: number;
  comments: number;
}) {
  return (
    <g className="polku-present-step" data-step={s.id} data-revealed={flag(revealed)} data-current={flag(current)}>
      {current && <rect className="polku-present-frame" x={s.x - 5} y={s.y - 5} width={s.width + 10} height={s.height + 10} rx={STEP_RADIUS + 4} />}
      <rect x={s.x} y={s.y} width={s.width} height={s.height} rx={STEP_RADIUS} fill={s.fill} stroke={s.border} strokeWidth={STEP_BORDER} />
      <SvgText block={s.label} />
      <StepMarks s={s} votes={votes} comments={comments} />
    </g>
  );
});

/** The lane titles on white, for the left edge of the screen. */
const PinnedTitles = memo(function PinnedTitles({ geometry: g }: { geometry: Geometry }) {
  const column = pinnedColumn(g);
  if (column === null) return null;
  const far = 100_000;
  return (
    <>
      <rect x={column.left - far} y={-far} width={far + column.width} height={2 * far} fill="#ffffff" />
      {g.lanes.map((l) => (
        <g key={l.id}>
          <line x1={column.left} x2={column.left + column.width} y1={l.y + l.height} y2={l.y + l.height} stroke="#c9d1da" />
          <rect x={l.header.x} y={l.header.y + 3} width={l.header.width} height={l.header.height - 6} rx={6} fill={l.color} />
          <SvgText block={l.label} />
        </g>
      ))}
    </>
  );
});

/** White under a band pinned to the bottom of the screen: the lanes pass behind it. */
const UNDER_BAND = 100_000;

/** The depth band with the stop's level lit; a camera of its own, to stay in view in a close-up. */
const LitBand = memo(function LitBand({ depth, lit, pinned }: { depth: DepthGeometry; lit: readonly number[]; pinned: boolean }) {
  return (
    <>
      {pinned && <rect x={-UNDER_BAND} y={depth.y - 8} width={2 * UNDER_BAND} height={UNDER_BAND} fill="#ffffff" />}
      <DepthBand depth={depth} />
      {depth.levels.map((l) => (
        <rect
          key={l.index}
          className="polku-present-level"
          data-depth-level={l.index}
          data-lit={flag(lit.includes(l.index))}
          x={l.x}
          y={l.y}
          width={l.width}
          height={l.height}
        />
      ))}
    </>
  );
});

const transformOf = (x: number, y: number, scale: number) => ({ transform: `translate(${x}px, ${y}px) scale(${scale})` });

export const PresentStage = memo(function PresentStage({
  diagram,
  geometry: g,
  reveal,
  camera,
  label,
}: {
  diagram: Diagram;
  geometry: Geometry;
  reveal: Reveal;
  camera: Camera;
  label: string;
}) {
  const marks: Marks = new Map(diagram.steps.map((s) => [s.id, { votes: s.votes ?? 0, comments: s.comments?.length ?? 0 }]));
  const phaseComments = new Map(diagram.phases.map((p) => [p.id, p.comments?.length ?? 0]));
  const pinned = pinnedColumn(g);
  const pinnedX = camera.pinnedX ?? camera.x + (pinned?.left ?? 0) * camera.scale;
  const clipId = useId();
  // a column shows only its rows (no title above, no legend below), a close-up only whole lanes; the whole diagram everything
  const rows = camera.rows;
  // a close-up keeps the depth band at the bottom of the screen, away from its own place
  const bandPinned = g.depth !== null && camera.bandY !== null && Math.abs(camera.bandY - (camera.y + g.depth.y * camera.scale)) > 0.5;
  return (
    <svg className="polku-present-svg" role="img" aria-label={label}>
      <defs>
        <clipPath id={clipId}>
          {rows && <rect className="polku-present-rows" x={-100_000} width={200_000} style={{ y: rows.top, height: rows.bottom - rows.top }} />}
        </clipPath>
      </defs>
      <g className="polku-present-camera" style={transformOf(camera.x, camera.y, camera.scale)}>
        <g clipPath={rows ? `url(#${clipId})` : undefined}>
          <BackdropContent geometry={g} withoutDepth />
          {g.phases.map((p) => {
            const revealed = reveal.phaseIds.has(p.id);
            const current = reveal.currentPhaseId === p.id;
            const count = phaseComments.get(p.id) ?? 0;
            return (
              <g key={p.id} className="polku-present-phase" data-phase={p.id} data-revealed={flag(revealed)} data-current={flag(current)}>
                <rect className="polku-present-dim" x={p.x} y={p.y} width={p.width} height={p.height} />
                {count > 0 && (
                  <g className="polku-present-comments" data-comments={count}>
                    <rect x={p.header.x + p.header.width - 34} y={p.header.y + 6} width={28} height={22} rx={11} fill="#164a6d" />
                    <text x={p.header.x + p.header.width - 20} y={p.header.y + 22} fontSize={13} fontWeight={700} fill="#ffffff" textAnchor="middle">
                      {count}
                    </text>
                  </g>
                )}
              </g>
            );
          })}
          {g.links.map((l) => (
            <Link key={l.id} link={l} revealed={reveal.stepIds.has(l.from) && reveal.stepIds.has(l.to)} />
          ))}
          {g.steps.map((s) => (
            <Step
              key={s.id}
              s={s}
              revealed={reveal.stepIds.has(s.id)}
              current={reveal.currentStepId === s.id}
              votes={marks.get(s.id)?.votes ?? 0}
              comments={marks.get(s.id)?.comments ?? 0}
            />
          ))}
          {g.phases
            .filter((p) => p.id === reveal.currentPhaseId && reveal.currentStepId === null)
            .map((p) => (
              <rect key={p.id} className="polku-present-frame" x={p.x + 2} y={p.y + 2} width={p.width - 4} height={p.height - 4} rx={4} />
            ))}
        </g>
      </g>
      <g
        className="polku-present-camera polku-present-pinned"
        data-pinned={flag(camera.pinnedX !== null)}
        style={transformOf(pinnedX - (pinned?.left ?? 0) * camera.scale, camera.y, camera.scale)}
      >
        <g clipPath={rows ? `url(#${clipId})` : undefined}>
          <PinnedTitles geometry={g} />
        </g>
      </g>
      {g.depth && camera.bandY !== null && (
        <>
          <g
            className="polku-present-camera polku-present-band"
            data-pinned={flag(bandPinned)}
            style={transformOf(camera.x, camera.bandY - g.depth.y * camera.scale, camera.scale)}
          >
            <LitBand depth={g.depth} lit={reveal.depthLevels} pinned={bandPinned} />
          </g>
          <g
            className="polku-present-camera"
            style={transformOf(pinnedX - (pinned?.left ?? 0) * camera.scale, camera.bandY - g.depth.y * camera.scale, camera.scale)}
          >
            {bandPinned && pinned && (
              <rect x={pinned.left - UNDER_BAND} y={g.depth.y - 8} width={UNDER_BAND + pinned.width} height={UNDER_BAND} fill="#ffffff" />
            )}
            <SvgText block={g.depth.title} />
          </g>
        </>
      )}
    </svg>
  );
});
