// Sizes a native <select> to the label of its chosen option rather than to its longest option,
// so a filter bar of selects fits in long languages (German, French, Japanese) and the list
// still opens as wide as it needs. A Svelte action; its parameter is a key that changes when
// the label may have changed (value, locale), which re-measures.

/** Room for the native arrow, beside padding and borders. */
const ARROW_PX = 28;

let canvas: HTMLCanvasElement | null = null;

function context(): CanvasRenderingContext2D | null {
  // jsdom has no canvas (and logs an error when asked for one).
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  canvas ??= document.createElement('canvas');
  return canvas.getContext('2d');
}

/** The width the select needs for its chosen label, in CSS pixels, or null if it cannot be measured. */
function neededWidth(node: HTMLSelectElement): number | null {
  const ctx = context();
  if (!ctx || !node.isConnected) return null;
  const style = getComputedStyle(node);
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const label = node.selectedOptions[0]?.textContent ?? '';
  const px = (v: string) => Number.parseFloat(v) || 0;
  const chrome =
    px(style.paddingInlineStart) + px(style.paddingInlineEnd) + px(style.borderInlineStartWidth) + px(style.borderInlineEndWidth);
  return Math.ceil(ctx.measureText(label).width + chrome + ARROW_PX);
}

export function fitSelect(node: HTMLSelectElement, _key?: unknown) {
  let frame = 0;
  const measure = () => {
    if (!context()) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const width = neededWidth(node);
      if (width !== null) node.style.width = `${width}px`;
    });
  };
  measure();
  node.addEventListener('change', measure);
  void document.fonts?.ready.then(measure);
  return {
    update: measure,
    destroy() {
      cancelAnimationFrame(frame);
      node.removeEventListener('change', measure);
    },
  };
}
