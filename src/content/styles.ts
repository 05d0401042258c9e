/**
 * Styles of the in-page warning, applied inside its shadow root. Sizes are in px (never rem/em from
 * the page: `html { font-size: 10px }` must not shrink it); `:host` resets everything with
 * `all: initial !important` — inside a shadow tree, our !important beats the page's !important on
 * the host element. Logical properties (border-inline-start, margin-inline) mirror for Arabic.
 * Colours meet WCAG AA (text ≥ 4.5:1 on both backgrounds).
 */
export const WARNING_CSS = `:host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;margin:8px 0!important;padding:0!important;width:auto!important;max-width:100%!important;height:auto!important;float:none!important;transform:none!important;filter:none!important;box-sizing:border-box!important}
:host([hidden]){display:none!important}
*{box-sizing:border-box}
.ll{margin:0;padding:10px 12px;border:2px solid #8A4B00;border-inline-start-width:6px;border-radius:8px;background:#FFF4D6;color:#1B1B1B;font:400 14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;letter-spacing:normal;text-align:start;overflow-wrap:anywhere}
.ll[data-level=high]{border-color:#B3261E;background:#FDECEA}
.head{display:flex;align-items:flex-start;gap:8px}
.icon{flex:none;width:22px;height:22px;margin-top:1px}
.title{margin:0;font-size:15px;font-weight:700;line-height:1.35;flex:1;min-width:0}
.brand{flex:none;font-size:11px;font-weight:600;color:#4A4A4A;padding:1px 6px;border:1px solid #6B6B6B;border-radius:10px}
p{margin:0}
.summary,ul{margin-top:6px}
ul{margin-bottom:0;padding:0;padding-inline-start:20px}
li{margin:2px 0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button,.btn{font:inherit;font-size:13px;font-weight:600;line-height:1.3;min-height:30px;padding:5px 12px;border-radius:6px;border:1px solid #5C5C5C;background:#FFF;color:#1B1B1B;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center;margin:0}
button:hover,.btn:hover{background:#F1F1F1}
:focus-visible{outline:3px solid #1A56DB;outline-offset:2px}
.details,.report{margin-top:8px;padding-top:8px;border-top:1px solid #0003}
[hidden]{display:none}
.reason{margin-bottom:8px}
.ev,.advice,.report p,label{font-size:13px}
.ev{margin-top:2px;color:#333}
mark{background:#FFE08A;color:#000;padding:0 2px;font-weight:700}
.advice{margin-top:6px;font-weight:600}
.report p{margin-bottom:6px}
label{display:flex;align-items:center;gap:6px;margin-bottom:8px}
input{width:16px;height:16px;margin:0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/** Page-level rule for evidence highlighted in the post (CSS Custom Highlight API; no DOM change). */
export const HIGHLIGHT_NAME = 'lurelens-evidence';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#FFE08A;color:#000000}`;
