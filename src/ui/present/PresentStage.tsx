/**
 * The diagram as present mode shows it: one SVG drawn from the layout's
 * Geometry (the editor's backdrop, then arrows and steps), under a camera
 * that moves to the stop, with what is not yet revealed dimmed, the
 * current phase or step framed, and the depth band's matching level lit.
 * The lane titles stay pinned at the screen's left edge; in a step's
 * close-up the depth band stays pinned at the bottom. The phase headers,
 * the axis labels and the depth levels' labels are drawn here, above the
 * veil, dimmed but legible and kept clear of the pinned titles (./heads.ts).
 */
import { memo, useId, useMemo } from 'react';
import type { DepthGeometry, Geometry, LinkGeometry, StepGeometry, TextBlock } from '../../layout/geometry';
import type { Reveal } from '../../layout/stops';
import { blockTop } from '../../layout/textBlock';
import type { Diagram } from '../../model/types';
import { laneLine, laneTitleScene } from '../../scene/backdrop';
import { linkWithLabelShapes } from '../../scene/links';
import { stepShapes } from '../../scene/steps';
import { levelVeil, phaseFrame, phaseVeil, pinnedCover, stepFrame } from '../../scene/present';
import { phaseCommentScene, stepCommentScene, voteScene } from '../../scene/workshopMarks';
import { BackdropContent, DepthBand } from '../canvas/Backdrop';
import { PrimitiveList, Primitives, PrimitiveShape } from '../canvas/Primitives';
import { SvgText } from '../canvas/SvgText';
import { depthHeight, pinnedColumn, type Camera } from './camera';
import { coveredUntil, headsOf, headWordsOf, withoutHeads, type Head, type Heads } from './heads';

type Marks = ReadonlyMap<string, { readonly votes: number; readonly comments: number }>;

const flag = (b: boolean) => (b ? 'true' : 'false');

type Rows = Camera['rows'];

/** Whether a text lies whole within the rows shown (a close-up cuts the lanes it does not show). */
const withinRows = (b: TextBlock, rows: Rows) => {
  if (rows === null) return true;
  const top = blockTop(b);
  return top >= rows.top && top + b.lines.length * b.lineHeight <= rows.bottom;
};

/** An arrow as every output draws it (scene/links.ts), its title only where the rows shown hold it whole. */
const Link = memo(function Link({ link, revealed, rows }: { link: LinkGeometry; revealed: boolean; rows: Rows }) {
  const items = useMemo(() => linkWithLabelShapes(link, (label) => withinRows(label, rows)), [link, rows]);
  return (
    <g className="polku-present-link" data-link={link.id} data-revealed={flag(revealed)}>
      <PrimitiveList items={items} />
    </g>
  );
});

/** A step as every output draws it (scene/steps.ts), framed when it is the stop, with the room's marks on it. */
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
  const step = useMemo(() => stepShapes(s), [s]);
  const voteMarks = useMemo(() => voteScene(s, votes), [s, votes]);
  const commentMarks = useMemo(() => stepCommentScene(s, comments), [s, comments]);
  return (
    <g className="polku-present-step" data-step={s.id} data-revealed={flag(revealed)} data-current={flag(current)}>
      {current && <PrimitiveShape p={stepFrame(s)} />}
      <PrimitiveList items={step} />
      {votes > 0 && (
        <g className="polku-present-votes" data-votes={votes}>
          <Primitives items={voteMarks} />
        </g>
      )}
      {commentMarks.length > 0 && (
        <g className="polku-present-comments" data-comments={comments}>
          <Primitives items={commentMarks} />
        </g>
      )}
    </g>
  );
});

/** A word of ./heads.ts: slid clear of the pinned titles (gliding with the camera), faded out where it would not fit whole. */
function HeadText({ head }: { head: Head }) {
  return (
    <g
      className="polku-present-head"
      data-dimmed={flag(head.dimmed)}
      style={{ transform: `translate(${head.dx}px, 0px)`, opacity: head.shown ? 1 : 0 }}
    >
      <SvgText block={head.block} />
    </g>
  );
}

/** The lane titles on white, for the left edge of the screen: the backdrop's lane titles (scene/backdrop.ts). */
const PinnedTitles = memo(function PinnedTitles({ geometry: g }: { geometry: Geometry }) {
  const column = useMemo(() => pinnedColumn(g), [g]);
  const items = useMemo(
    () => (column === null ? [] : g.lanes.flatMap((l) => [laneLine(l, column.left, column.left + column.width), ...laneTitleScene(l)])),
    [g, column],
  );
  if (column === null) return null;
  const far = 100_000;
  return (
    <>
      <PrimitiveShape p={pinnedCover({ x: column.left - far, y: -far, width: far + column.width, height: 2 * far })} />
      <PrimitiveList items={items} />
    </>
  );
});

/** White under a band pinned to the bottom of the screen: the lanes pass behind it. */
const UNDER_BAND = 100_000;

/**
 * The depth band with the stop's level lit; a camera of its own, to stay in view in a close-up.
 * `depth` comes without its levels' labels: they are drawn above the veil of the unlit levels.
 */
const LitBand = memo(function LitBand({
  depth,
  lit,
  pinned,
  heads,
}: {
  depth: DepthGeometry;
  lit: readonly number[];
  pinned: boolean;
  heads: Heads;
}) {
  return (
    <>
      {pinned && <PrimitiveShape p={pinnedCover({ x: -UNDER_BAND, y: depth.y - 8, width: 2 * UNDER_BAND, height: UNDER_BAND })} />}
      <DepthBand depth={depth} />
      {heads.levelBoxes.map((l) => (
        <PrimitiveShape key={l.index} p={levelVeil(l, depth, lit.includes(l.index))} />
      ))}
      {heads.levels.map((h) => (
        <HeadText key={h.key} head={h} />
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
  const bandPinned = camera.bandPinned;
  // the words present mode draws itself (above the veil, clear of the pinned titles), and the sheet without them
  const sheet = useMemo(() => withoutHeads(g), [g]);
  const edge = coveredUntil(g, camera);
  const words = useMemo(() => headWordsOf(diagram), [diagram]);
  const heads = useMemo(() => headsOf(g, reveal, edge, reveal.depthLevels, words), [g, reveal, edge, words]);
  return (
    <svg className="polku-present-svg" role="img" aria-label={label}>
      <defs>
        <clipPath id={clipId}>
          {rows && <rect className="polku-present-rows" x={-100_000} width={200_000} style={{ y: rows.top, height: rows.bottom - rows.top }} />}
        </clipPath>
      </defs>
      <g className="polku-present-camera" style={transformOf(camera.x, camera.y, camera.scale)}>
        <g clipPath={rows ? `url(#${clipId})` : undefined}>
          <BackdropContent geometry={sheet} withoutDepth />
          {g.phases.map((p) => {
            const revealed = reveal.phaseIds.has(p.id);
            const current = reveal.currentPhaseId === p.id;
            const count = phaseComments.get(p.id) ?? 0;
            return (
              <g key={p.id} className="polku-present-phase" data-phase={p.id} data-revealed={flag(revealed)} data-current={flag(current)}>
                <PrimitiveShape p={phaseVeil(p, revealed)} />
                {heads.phases
                  .filter((h) => h.key.startsWith(`${p.id}:`))
                  .map((h) => (
                    <HeadText key={h.key} head={h} />
                  ))}
                {count > 0 && (
                  <g className="polku-present-comments" data-comments={count}>
                    <Primitives items={phaseCommentScene(p.header, count)} />
                  </g>
                )}
              </g>
            );
          })}
          <g className="polku-present-ticks">
            {heads.ticks.map((h) => (
              <HeadText key={h.key} head={h} />
            ))}
          </g>
          {/* the current phase's frame, under the arrows and steps: it never runs through a title */}
          {g.phases
            .filter((p) => p.id === reveal.currentPhaseId && reveal.currentStepId === null)
            .map((p) => (
              <PrimitiveShape key={p.id} p={phaseFrame(p)} />
            ))}
          {g.links.map((l) => (
            <Link key={l.id} link={l} revealed={reveal.stepIds.has(l.from) && reveal.stepIds.has(l.to)} rows={rows} />
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
            <LitBand depth={sheet.depth ?? g.depth} lit={reveal.depthLevels} pinned={bandPinned} heads={heads} />
          </g>
          <g
            className="polku-present-camera"
            style={transformOf(pinnedX - (pinned?.left ?? 0) * camera.scale, camera.bandY - g.depth.y * camera.scale, camera.scale)}
          >
            {/* the band passes behind its title, as the lanes pass behind theirs */}
            {camera.pinnedX !== null && pinned && (
              <PrimitiveShape
                p={pinnedCover({
                  x: pinned.left - UNDER_BAND,
                  y: g.depth.y - (bandPinned ? 8 : 4),
                  width: UNDER_BAND + pinned.width,
                  height: bandPinned ? UNDER_BAND : depthHeight(g.depth) + 8,
                })}
              />
            )}
            <SvgText block={g.depth.title} />
          </g>
        </>
      )}
    </svg>
  );
});
