// Keyboard review: a accept, r reject, e edit, d duplicate, u undo, j/k next/previous,
// o open the article, ? help, Esc close. Forms are ordinary HTML forms; this only drives them.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function typing(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
  }
  function submit(id) {
    var f = $(id);
    if (f) { f.requestSubmit(); }
  }
  function focus(id) {
    var el = $(id);
    if (el) { el.focus(); el.select && el.select(); }
  }
  function go(id) {
    var a = $(id);
    if (a) { window.location.href = a.href; }
  }
  function openArticle() {
    var a = $('article-link');
    if (a) { window.open(a.href, '_blank', 'noopener,noreferrer'); }
  }
  function toggleHelp() {
    var h = $('help');
    if (h) { h.hidden = !h.hidden; }
  }
  function openEdit() {
    if (!needCurator() && $('edit-form')) { $('edit-form').hidden = false; focus('edit-subject'); }
  }
  function needCurator() {
    var c = $('curator');
    if (c && !c.value) { c.focus(); return true; }
    return false;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var hb = $('help-button');
    if (hb) { hb.addEventListener('click', toggleHelp); }
    var eb = $('edit-button');
    if (eb) { eb.addEventListener('click', openEdit); }
    if ($('edit-form') && !$('edit-form').hidden) { focus('edit-subject'); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === 'Escape') {
      if (document.activeElement) { document.activeElement.blur(); }
      var h = $('help'); if (h) { h.hidden = true; }
      var ed = $('edit-form'); if (ed) { ed.hidden = true; }
      return;
    }
    if (typing(e.target)) { return; }
    var handled = true;
    switch (e.key) {
      case 'a': if (!needCurator()) { submit('accept-form'); } break;
      case 'r': if (!needCurator()) { focus('reason'); } break;
      case 'd': if (!needCurator()) { focus('original'); } break;
      case 'e': openEdit(); break;
      case 'u': submit('undo-form'); break;
      case 'j': go('next'); break;
      case 'k': go('prev'); break;
      case 'o': openArticle(); break;
      case '?': toggleHelp(); break;
      default: handled = false;
    }
    if (handled) { e.preventDefault(); }
  });
})();
