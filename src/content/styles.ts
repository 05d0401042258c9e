/**
 * Styles of the in-page warning, applied inside its shadow root. Sizes are in px (never rem/em from
 * the page: `html { font-size: 10px }` must not shrink it); `:host` resets everything with
 * `all: initial !important` — inside a shadow tree, our !important beats the page's !important on
 * the host element. Logical properties (border-inline-start, margin-inline) mirror for Arabic.
 * Colours meet WCAG AA (text ≥ 4.5:1 on both backgrounds).
 */
export const WARNING_CSS = `
:host{all:initial !important;display:block !important;position:static !important;visibility:visible !important;opacity:1 !important;
  margin:8px 0 !important;padding:0 !important;width:auto !important;max-width:100% !important;height:auto !important;
  float:none !important;transform:none !important;filter:none !important;clip-path:none !important;z-index:auto !important;
  contain:layout style;box-sizing:border-box !important}
:host([hidden]),:host([data-state="dismissed"]){display:none !important}
*,*::before,*::after{box-sizing:border-box}
.ll{display:block;margin:0;padding:10px 12px;border:2px solid #8A4B00;border-inline-start-width:6px;border-radius:8px;
  background:#FFF4D6;color:#1B1B1B;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Thai","Noto Sans SC",Arial,sans-serif;
  font-size:14px;line-height:1.45;font-weight:400;font-style:normal;letter-spacing:normal;word-spacing:normal;text-align:start;
  text-transform:none;text-indent:0;text-shadow:none;white-space:normal;overflow-wrap:anywhere;max-width:100%}
.ll[data-level="high"]{border-color:#B3261E;background:#FDECEA}
.head{display:flex;align-items:flex-start;gap:8px}
.icon{flex:0 0 auto;width:22px;height:22px;margin-top:1px;display:block}
.title{margin:0;font-size:15px;font-weight:700;line-height:1.35;flex:1 1 auto;min-width:0}
.brand{flex:0 0 auto;font-size:11px;font-weight:600;color:#4A4A4A;padding:1px 6px;border:1px solid #6B6B6B;border-radius:10px;line-height:1.5}
.summary{margin:6px 0 0;font-size:14px}
ul{margin:6px 0 0;padding:0;padding-inline-start:20px;list-style:disc}
li{margin:2px 0;padding:0;font-size:14px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:100%}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button,a.btn{font:inherit;font-size:13px;font-weight:600;line-height:1.3;min-height:30px;padding:5px 12px;border-radius:6px;
  border:1px solid #5C5C5C;background:#FFFFFF;color:#1B1B1B;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center;margin:0}
button:hover,a.btn:hover{background:#F1F1F1}
button:focus-visible,a.btn:focus-visible,input:focus-visible{outline:3px solid #1A56DB;outline-offset:2px}
.details,.report{margin-top:8px;padding-top:8px;border-top:1px solid rgba(0,0,0,.2)}
.details[hidden],.report[hidden]{display:none}
.reason{margin:0 0 8px}
.reason p{margin:0}
.expl{font-size:14px}
.ev{margin-top:2px !important;font-size:13px;color:#333333}
mark{background:#FFE08A;color:#000000;padding:0 2px;border-radius:2px;font-weight:700}
.ctx{color:#333333}
.advice{margin:6px 0 0;font-size:13px;font-weight:600}
.report p{margin:0 0 6px;font-size:13px}
label{display:flex;align-items:center;gap:6px;font-size:13px;margin:0 0 8px;cursor:pointer}
input[type=checkbox]{width:16px;height:16px;margin:0;accent-color:#1A56DB}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

/** Page-level rule for evidence highlighted in the post (CSS Custom Highlight API; no DOM change). */
export const HIGHLIGHT_NAME = 'lurelens-evidence';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#FFE08A;color:#000000}`;
