/** What the ink needs of a canvas 2d context: the DOM's and WeChat's canvas type="2d" both have it. */
export type InkContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'quadraticCurveTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'strokeStyle'
  | 'fillStyle'
>;

export interface InkPoint {
  x: number;
  y: number;
}

export const INK_COLOUR = '#1a1a1a';
export const INK_WIDTH = 3;

/**
 * The strokes of a handwritten signature, kept in CSS pixels and drawn on a backing store
 * scaled by the device pixel ratio, so the line is sharp and can be redrawn after a resize.
 */
export class SignatureInk {
  private strokes: InkPoint[][] = [];
  private context?: InkContext;
  private ratio = 1;
  private size = { width: 0, height: 0 };

  get isEmpty() {
    return this.strokes.length === 0;
  }

  /** A (re)sized canvas: its CSS size and pixel ratio; what was written is drawn again. */
  attach(context: InkContext, width: number, height: number, ratio: number) {
    this.context = context;
    this.size = { width, height };
    this.ratio = ratio;
    this.redraw();
  }

  begin(point: InkPoint) {
    this.strokes.push([point]);
    this.dot(point);
  }

  extend(point: InkPoint) {
    const stroke = this.strokes[this.strokes.length - 1];
    if (!stroke) return;
    const last = stroke[stroke.length - 1];
    // Sub-pixel jitter adds points without adding ink.
    if (Math.hypot(point.x - last.x, point.y - last.y) < 0.5) return;
    stroke.push(point);
    this.segment(stroke, stroke.length - 1);
  }

  /** The finger lifts: the stroke runs on to its last point. */
  end() {
    const stroke = this.strokes[this.strokes.length - 1];
    if (stroke) this.tail(stroke);
  }

  clear() {
    this.strokes = [];
    this.redraw();
  }

  private prepare(): InkContext | undefined {
    const context = this.context;
    if (!context) return undefined;
    context.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    context.lineWidth = INK_WIDTH;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = INK_COLOUR;
    context.fillStyle = INK_COLOUR;
    return context;
  }

  private redraw() {
    const context = this.prepare();
    if (!context) return;
    context.clearRect(0, 0, this.size.width, this.size.height);
    for (const stroke of this.strokes) {
      this.dot(stroke[0]);
      for (let i = 1; i < stroke.length; i++) this.segment(stroke, i);
      this.tail(stroke);
    }
  }

  /** A tap leaves a dot, as a pen would. */
  private dot(point: InkPoint) {
    const context = this.prepare();
    if (!context) return;
    context.beginPath();
    context.arc(point.x, point.y, INK_WIDTH / 2, 0, Math.PI * 2);
    context.fill();
  }

  /** From the middle of the previous segment to the middle of this one, curved through the
   *  point between them: smooth strokes (and corners) from the coarse points a finger gives. */
  private segment(stroke: InkPoint[], index: number) {
    const context = this.prepare();
    if (!context) return;
    const to = stroke[index];
    const via = stroke[index - 1];
    const before = stroke[index - 2];
    const from = before ? middle(before, via) : via;
    const end = middle(via, to);
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.quadraticCurveTo(via.x, via.y, end.x, end.y);
    context.stroke();
  }

  /** The last half segment, which the curves leave for the next point. */
  private tail(stroke: InkPoint[]) {
    const context = this.prepare();
    if (!context || stroke.length < 2) return;
    const last = stroke[stroke.length - 1];
    const from = middle(stroke[stroke.length - 2], last);
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(last.x, last.y);
    context.stroke();
  }
}

const middle = (a: InkPoint, b: InkPoint): InkPoint => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
