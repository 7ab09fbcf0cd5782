/*
 * The review page of a transcheck run. Everything shown comes from the JSON in #transcheck-data and
 * is put into the page as text (createTextNode / textContent), never as markup: whatever an article
 * or a transcript contains is shown, not run. Decisions live in memory while the page is open and
 * are saved as a reviews CSV with the columns of flagged.csv, which the next run imports.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('transcheck-data').textContent);
  var PAGE_SIZE = 50;
  var DECISIONS = ['CONFIRMED', 'FALSE_POSITIVE', 'FIXED'];
  var DECISION_TEXT = { CONFIRMED: 'Confirmed', FALSE_POSITIVE: 'False positive', FIXED: 'Fixed' };
  var DECISION_KEY = { c: 'CONFIRMED', f: 'FALSE_POSITIVE', x: 'FIXED' };
  var LABEL_TEXT = { INVENTED_CLAIM: 'invented', PARAPHRASE_DRIFT: 'drift', PARAPHRASE: 'paraphrase', FAITHFUL: 'faithful', NOT_A_CLAIM: 'not a claim' };
  var MARK_TITLE = { 1: 'not in this passage', 2: 'used nowhere in the transcript', 4: 'quoted by a reason' };

  var COL = {};
  DATA.columns.forEach(function (c, i) { COL[c] = i; });
  var rows = DATA.rows;
  var docs = DATA.documents;
  var LABELS = DATA.labels;

  // what the reviewer decided on each row, starting from the decisions of earlier runs
  var decided = rows.map(function (r) { return { decision: r.earlier, note: r.earlierNote }; });
  var dirty = false;
  var rowOf = {};   // "doc#sentence" -> row index, for the overview strips
  rows.forEach(function (r, i) { rowOf[r.doc + '#' + cell(r, 'sentence_no')] = i; });
  var haystack = rows.map(function (r) {
    return [cell(r, 'doc_id'), cell(r, 'edited_text'), cell(r, 'transcript_text'), cell(r, 'reasons'),
      cell(r, 'speaker'), cell(r, 'transcript_speaker'), cell(r, 'transcript_refs'), 'S' + cell(r, 'sentence_no'),
      r.passageSimplified].join('\n').toLowerCase();
  });

  var state = { doc: '', label: '', check: '', decision: '', dismissed: false, query: '', cursor: -1, page: 0 };
  var visible = [];      // row indices that pass the filters, in flagged.csv order
  var open = {};         // row index -> context shown

  function cell(r, column) { return r.cells[COL[column]]; }
  function $(id) { return document.getElementById(id); }
  function pct(x) { return Math.round(x * 100) + ' %'; }

  /** An element with attributes and children; strings become text nodes, never markup. */
  function h(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') e.textContent = v;
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }
  function append(e, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { append(e, x); }); return; }
    e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

  /** A text with its marks ([start, end, kinds] runs) as text nodes and <mark> elements. */
  function marked(text, marks) {
    var out = [];
    var at = 0;
    (marks || []).forEach(function (m) {
      if (m[0] > at) out.push(text.slice(at, m[0]));
      var titles = [1, 2, 4].filter(function (k) { return m[2] & k; }).map(function (k) { return MARK_TITLE[k]; });
      out.push(h('mark', { 'class': 'k' + m[2], title: titles.join('; ') }, text.slice(m[0], m[1])));
      at = m[1];
    });
    if (at < text.length) out.push(text.slice(at));
    return out;
  }

  // ---- header, documents that were not checked, overview ------------------------------------

  function renderHeader() {
    document.title = 'transcheck review · ' + DATA.job + ' · ' + DATA.run;
    $('title').textContent = 'review · ' + DATA.job + ' · run ' + DATA.run;
    var inWorkList = rows.filter(function (r) { return r.rank > 0; });
    var invented = inWorkList.filter(function (r) { return cell(r, 'label') === 'INVENTED_CLAIM'; }).length;
    var matched = docs.filter(function (d) { return d.status === 'MATCHED'; }).length;
    $('summary').textContent = inWorkList.length + ' flagged sentences (' + invented + ' invented, ' + (inWorkList.length - invented)
      + ' drift) in ' + matched + ' checked document' + (matched === 1 ? '' : 's') + ' of ' + docs.length
      + (rows.length > inWorkList.length ? ' · ' + (rows.length - inWorkList.length) + ' marked false positive in earlier runs' : '');
  }

  function renderAlerts() {
    var box = clear($('alerts'));
    var unmatched = docs.filter(function (d) { return d.status === 'UNMATCHED'; });
    var failed = docs.filter(function (d) { return d.status === 'ERROR'; });
    if (unmatched.length) {
      box.appendChild(h('div', { 'class': 'alert unmatched', id: 'unmatched' },
        h('h2', { text: 'Not checked: ' + unmatched.length + ' document' + (unmatched.length === 1 ? '' : 's')
          + ' matched no transcript of this job' }),
        h('ul', null, unmatched.map(function (d) {
          return h('li', { 'data-doc': d.id },
            h('span', { 'class': 'doc-name', text: d.id }), ' — ',
            h('b', { text: (d.closest ? 'closest ' + d.closest + ': ' : '') + pct(d.matchShare) + ' of its claims anchored in order, '
              + pct(d.pointShare) + ' well supported in any order' }), d.closest ? ' ' : '; ',
            h('span', { 'class': 'why', text: d.closest ? '' : (d.note || '') }),
            ' (' + d.sentenceCount + ' sentences, none checked)');
        }))));
    }
    var docErrors = {};
    DATA.errors.forEach(function (e) { (docErrors[e.doc] = docErrors[e.doc] || []).push(e); });
    if (failed.length) {
      box.appendChild(h('div', { 'class': 'alert error', id: 'failed' },
        h('h2', { text: 'Not checked: ' + failed.length + ' document' + (failed.length === 1 ? '' : 's') + ' could not be read' }),
        h('ul', null, failed.map(function (d) {
          var errs = (docErrors[d.id] || []).filter(function (e) { return e.severity === 'ERROR'; });
          return h('li', { 'data-doc': d.id }, h('span', { 'class': 'doc-name', text: d.id }), ' — ',
            h('b', { text: d.note || (errs[0] ? errs[0].problem : 'error') }),
            errs.map(function (e) { return h('span', { 'class': 'why', text: ' · ' + e.problem + (e.action ? ' → ' + e.action : '') }); }));
        }))));
    }
    var failedIds = {};
    failed.forEach(function (d) { failedIds[d.id] = true; });
    var others = DATA.errors.filter(function (e) { return !failedIds[e.doc] || e.severity !== 'ERROR'; });
    if (others.length) {
      // open when something failed outright (a broken job file has nothing else to show)
      var failedOutright = others.some(function (e) { return e.severity === 'ERROR'; });
      box.appendChild(h('details', { 'class': 'alert other', open: failedOutright },
        h('summary', { text: others.length + ' other problem' + (others.length === 1 ? '' : 's') + ' and caveat' + (others.length === 1 ? '' : 's') + ' (errors.csv)' }),
        h('ul', null, others.map(function (e) {
          return h('li', null, h('b', { text: e.severity }), ' ', h('span', { 'class': 'doc-name', text: e.file + (e.line > 0 ? ':' + e.line : '') }),
            ' — ' + e.problem + (e.action ? ' → ' + e.action : ''));
        }))));
    }
  }

  function renderOverview() {
    var box = clear($('overview'));
    var checked = docs.map(function (d, i) { return i; }).filter(function (i) { return docs[i].status === 'MATCHED'; });
    if (!checked.length) { box.hidden = true; return; }
    box.appendChild(h('h2', { text: 'The articles sentence by sentence — click a red or orange mark to go to its flag' }));
    checked.forEach(function (di) {
      var d = docs[di];
      var strip = h('div', { 'class': 'strip', 'data-doc': di, role: 'list' });
      d.sentences.forEach(function (s) {
        var ri = rowOf[di + '#' + s[0]];
        var c = h('span', { 'class': 'cell l' + s[2] + (ri !== undefined ? ' flag' : ''), role: 'listitem',
          title: 'S' + s[0] + ' · L' + s[1] + ' · ' + LABELS[s[2]] + '\n' + s[3] });
        if (ri !== undefined) { c.setAttribute('data-row', ri); c.setAttribute('tabindex', '-1'); }
        strip.appendChild(c);
      });
      strip.addEventListener('click', function (ev) {
        var t = ev.target;
        if (t && t.getAttribute && t.getAttribute('data-row') !== null) jumpTo(Number(t.getAttribute('data-row')));
      });
      box.appendChild(h('div', { 'class': 'doc' },
        h('div', { 'class': 'doc-meta' },
          h('div', { 'class': 'doc-name', text: d.id }),
          h('div', null, '→ ' + d.transcript),
          h('div', null, h('span', { 'class': 'n-i', text: d.counts.INVENTED_CLAIM + ' invented' }), ' · ',
            h('span', { 'class': 'n-d', text: d.counts.PARAPHRASE_DRIFT + ' drift' }), ' · ' + pct(d.supportedShare) + ' supported'),
          h('button', { type: 'button', onclick: function () { setFilter('doc', String(di)); }, text: 'Show its flags' })),
        strip));
    });
    box.appendChild(h('div', { 'class': 'strip-legend' }, [4, 3, 2, 1, 0].map(function (l) {
      return [h('i', { 'class': 'lab l' + l }), LABEL_TEXT[LABELS[l]]];
    })));
  }

  function markStrip() {
    var cells = document.querySelectorAll('.cell.flag');
    var current = state.cursor >= 0 ? visible[state.cursor] : -1;
    for (var i = 0; i < cells.length; i++) {
      var ri = Number(cells[i].getAttribute('data-row'));
      cells[i].classList.toggle('here', ri === current);
      cells[i].classList.toggle('decided', !!decided[ri].decision);
    }
  }

  // ---- filters and counts -------------------------------------------------------------------

  function passes(i, skip) {
    var r = rows[i];
    if (r.rank === 0 && !state.dismissed) return false;
    if (skip !== 'doc' && state.doc !== '' && String(r.doc) !== state.doc) return false;
    if (skip !== 'label' && state.label && cell(r, 'label') !== state.label) return false;
    if (skip !== 'check' && state.check && r.checks.indexOf(state.check) < 0) return false;
    if (skip !== 'decision' && state.decision) {
      var d = decided[i].decision;
      if (state.decision === 'NONE' ? d !== '' : d !== state.decision) return false;
    }
    if (state.query) {
      var hay = haystack[i] + '\n' + decided[i].note.toLowerCase();
      var words = state.query.toLowerCase().split(/\s+/);
      for (var w = 0; w < words.length; w++) if (words[w] && hay.indexOf(words[w]) < 0) return false;
    }
    return true;
  }

  /** Options of a filter with the number of rows each would show given the other filters. */
  function fillSelect(select, facet, allText, options, countOf) {
    var counts = {};
    var total = 0;
    for (var i = 0; i < rows.length; i++) {
      if (!passes(i, facet)) continue;
      total++;
      countOf(i).forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
    }
    var value = state[facet];
    clear(select);
    select.appendChild(h('option', { value: '', text: allText + ' (' + total + ')' }));
    options.forEach(function (o) {
      select.appendChild(h('option', { value: o.value, text: o.text + ' (' + (counts[o.value] || 0) + ')' }));
    });
    select.value = value;
  }

  var docOptions = [];
  var checkOptions = [];
  function prepareFilters() {
    var seenDoc = {};
    var seenCheck = {};
    rows.forEach(function (r) {
      seenDoc[r.doc] = true;
      r.checks.forEach(function (c) { seenCheck[c] = true; });
    });
    docOptions = docs.map(function (d, i) { return { value: String(i), text: d.id }; }).filter(function (o) { return seenDoc[o.value]; });
    checkOptions = Object.keys(seenCheck).sort().map(function (c) { return { value: c, text: c }; });
    var dismissed = rows.filter(function (r) { return r.rank === 0; }).length;
    if (dismissed) {
      $('f-dismissed-wrap').hidden = false;
      $('f-dismissed-text').textContent = 'also show ' + dismissed + ' marked false positive in earlier runs';
    }
    $('f-doc').addEventListener('change', function (e) { setFilter('doc', e.target.value); });
    $('f-label').addEventListener('change', function (e) { setFilter('label', e.target.value); });
    $('f-check').addEventListener('change', function (e) { setFilter('check', e.target.value); });
    $('f-decision').addEventListener('change', function (e) { setFilter('decision', e.target.value); });
    $('f-dismissed').addEventListener('change', function (e) { setFilter('dismissed', e.target.checked); });
    var timer = null;
    $('f-search').addEventListener('input', function (e) {
      clearTimeout(timer);
      timer = setTimeout(function () { setFilter('query', e.target.value.trim()); }, 120);
    });
    $('f-clear').addEventListener('click', function () { clearFilters(); applyFilters(true); });
  }

  function clearFilters() {
    state.doc = ''; state.label = ''; state.check = ''; state.decision = ''; state.query = '';
    $('f-search').value = '';
  }

  function setFilter(name, value) {
    state[name] = value;
    if (name === 'dismissed') $('f-dismissed').checked = value;
    applyFilters(true);
  }

  function applyFilters(resetCursor) {
    var keep = state.cursor >= 0 ? visible[state.cursor] : -1;
    visible = [];
    for (var i = 0; i < rows.length; i++) if (passes(i)) visible.push(i);
    state.cursor = resetCursor ? (visible.length ? 0 : -1) : Math.max(visible.indexOf(keep), visible.length ? 0 : -1);
    state.page = state.cursor >= 0 ? Math.floor(state.cursor / PAGE_SIZE) : 0;
    fillSelect($('f-doc'), 'doc', 'All documents', docOptions, function (i) { return [String(rows[i].doc)]; });
    fillSelect($('f-label'), 'label', 'All labels', [{ value: 'INVENTED_CLAIM', text: 'INVENTED_CLAIM' }, { value: 'PARAPHRASE_DRIFT', text: 'PARAPHRASE_DRIFT' }],
      function (i) { return [cell(rows[i], 'label')]; });
    fillSelect($('f-check'), 'check', 'All checks', checkOptions, function (i) { return rows[i].checks; });
    fillSelect($('f-decision'), 'decision', 'Any decision',
      [{ value: 'NONE', text: 'Undecided' }].concat(DECISIONS.map(function (d) { return { value: d, text: DECISION_TEXT[d] }; })),
      function (i) { return [decided[i].decision || 'NONE']; });
    renderCounts();
    renderPage();
  }

  function renderCounts() {
    var invented = 0;
    var made = 0;
    visible.forEach(function (i) {
      if (cell(rows[i], 'label') === 'INVENTED_CLAIM') invented++;
      if (decided[i].decision) made++;
    });
    var from = visible.length ? state.page * PAGE_SIZE + 1 : 0;
    var to = Math.min(visible.length, (state.page + 1) * PAGE_SIZE);
    var counts = clear($('counts'));
    counts.setAttribute('data-visible', visible.length);
    append(counts, [h('b', { id: 'visible-count', text: String(visible.length) }), ' of ' + rows.filter(function (r) { return r.rank > 0 || state.dismissed; }).length + ' flags shown',
      visible.length > PAGE_SIZE ? ' (' + from + '–' + to + ' on this page)' : '', ' · ',
      h('b', { 'class': 'c-i', text: invented + ' invented' }), ' · ', h('b', { 'class': 'c-d', text: (visible.length - invented) + ' drift' }),
      ' · ' + made + ' decided']);
    var total = decided.filter(function (d, i) { return d.decision && (d.decision !== rows[i].earlier || d.note !== rows[i].earlierNote); }).length;
    $('save').textContent = 'Save decisions' + (total ? ' (' + total + ' new)' : '');
  }

  // ---- the rows -----------------------------------------------------------------------------

  function renderPage() {
    var list = clear($('list'));
    if (!visible.length) {
      list.appendChild(h('div', { 'class': 'empty', text: rows.length ? 'No flagged sentence passes these filters.' : 'Nothing was flagged in this run.' }));
    }
    var start = state.page * PAGE_SIZE;
    visible.slice(start, start + PAGE_SIZE).forEach(function (ri, k) { list.appendChild(renderRow(ri, start + k)); });
    renderPager();
    markStrip();
    focusCursor(false);
  }

  function renderPager() {
    var pager = clear($('pager'));
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    if (pages === 1) return;
    append(pager, [
      h('button', { type: 'button', disabled: state.page === 0, onclick: function () { goPage(state.page - 1); }, text: '← previous' }),
      h('span', { id: 'page-of', text: 'page ' + (state.page + 1) + ' of ' + pages }),
      h('button', { type: 'button', disabled: state.page >= pages - 1, onclick: function () { goPage(state.page + 1); }, text: 'next →' })]);
  }

  function goPage(p) {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    if (p < 0 || p >= pages) return;
    state.page = p;
    state.cursor = visible.length ? p * PAGE_SIZE : -1;
    renderCounts();
    renderPage();
    window.scrollTo(0, $('list').offsetTop - 120);
  }

  function renderRow(ri, position) {
    var r = rows[ri];
    var label = cell(r, 'label');
    var d = decided[ri];
    var score = Number(cell(r, 'score'));
    var refs = cell(r, 'transcript_refs');
    var row = h('article', { 'class': 'row lab-' + label + (d.decision ? ' d-' + d.decision : ''), tabindex: '-1',
      'data-row': ri, 'data-pos': position, 'data-decision': d.decision });
    row.addEventListener('click', function (ev) {
      if (ev.target.closest('button, input, select')) return;
      state.cursor = position;
      focusCursor(false);
    });
    var passage = h('p', { 'class': 'text', lang: 'zh-Hant', title: 'Show the passage in its context (o)' },
      refs ? marked(cell(r, 'transcript_text'), r.passageMarks) : h('i', { text: 'no passage' }));
    passage.addEventListener('click', function () { toggleContext(ri, row); });
    append(row, [
      h('div', { 'class': 'row-head' },
        h('span', { 'class': 'rank', text: r.rank ? '#' + r.rank : '—' }),
        h('span', { 'class': 'badge ' + label, text: label }),
        h('span', { 'class': 'score', title: 'support score: how well the passage supports the sentence' },
          'score ' + cell(r, 'score'), h('span', { 'class': 'bar' }, h('i'))),
        h('span', { 'class': 'doc-name', text: cell(r, 'doc_id') }),
        h('span', { text: 'S' + cell(r, 'sentence_no') + ' · line ' + cell(r, 'line_no') }),
        r.checks.map(function (c) { return h('span', { 'class': 'chip', text: c }); }),
        r.earlier ? h('span', { 'class': 'earlier ' + r.earlier, title: r.earlierNote || '',
          text: 'decided in an earlier run: ' + DECISION_TEXT[r.earlier] + (r.earlierNote ? ' — ' + r.earlierNote : '') }) : null),
      h('div', { 'class': 'sides' },
        h('div', { 'class': 'side a' },
          h('div', { 'class': 'side-head' }, 'Article', cell(r, 'speaker') ? [' · speaker ', h('span', { 'class': 'who', text: cell(r, 'speaker') })] : ''),
          h('p', { 'class': 'text', lang: 'zh-Hans' }, marked(cell(r, 'edited_text'), r.sentenceMarks))),
        h('div', { 'class': 'side t' },
          h('div', { 'class': 'side-head' }, 'Transcript ' + (refs || ''), cell(r, 'transcript_id') ? ' · ' + cell(r, 'transcript_id') : '',
            cell(r, 'transcript_speaker') ? [' · speaker ', h('span', { 'class': 'who', text: cell(r, 'transcript_speaker') })] : ''),
          passage)),
      h('ul', { 'class': 'reasons' }, r.reasons.map(function (x) {
        return h('li', null, x[0] ? h('span', { 'class': 'rid', text: x[0] }) : null, x[1]);
      })),
      h('div', { 'class': 'decide' },
        DECISIONS.map(function (dec) {
          return h('button', { type: 'button', 'class': 'b-' + dec, 'aria-pressed': String(d.decision === dec),
            title: DECISION_TEXT[dec] + ' (' + Object.keys(DECISION_KEY).filter(function (k) { return DECISION_KEY[k] === dec; })[0] + ')',
            onclick: function () { state.cursor = position; decide(ri, d.decision === dec ? '' : dec); },
            text: DECISION_TEXT[dec] });
        }),
        h('input', { type: 'text', 'class': 'note', placeholder: 'note (n)', value: d.note, 'aria-label': 'note',
          oninput: function (ev) { d.note = ev.target.value; dirty = true; renderCounts(); } }),
        h('button', { type: 'button', 'class': 'ctx-btn', 'aria-expanded': String(!!open[ri]),
          onclick: function () { toggleContext(ri, row); }, text: 'Context (o)' }))]);
    var bar = row.querySelector('.bar > i');
    bar.style.width = Math.max(0, Math.min(1, score)) * 100 + '%';
    if (open[ri]) row.appendChild(renderContext(ri));
    return row;
  }

  function toggleContext(ri, row) {
    open[ri] = !open[ri];
    var existing = row.querySelector('.context');
    if (existing) row.removeChild(existing);
    if (open[ri]) row.appendChild(renderContext(ri));
    var btn = row.querySelector('.ctx-btn');
    if (btn) btn.setAttribute('aria-expanded', String(!!open[ri]));
  }

  /** The passage among its transcript neighbours, and the sentence among its article neighbours. */
  function renderContext(ri) {
    var r = rows[ri];
    var lines = r.lines;
    var transcript = DATA.transcripts[cell(r, 'transcript_id')] || [];
    var passage = cell(r, 'transcript_text');
    // the passage's sentences: on its lines, and in its text (a line may hold sentences outside the passage)
    function isIn(t) { return lines.length > 0 && t[1] >= lines[0] && t[1] <= lines[1] && passage.indexOf(t[3]) >= 0; }
    var inPassage = transcript.filter(isIn);
    var tList;
    if (inPassage.length) {
      var lo = inPassage[0][0] - DATA.context;
      var hi = inPassage[inPassage.length - 1][0] + DATA.context;
      var lastSpeaker = null;
      var lastLine = null;
      tList = h('ol', { 'class': 'ctx t', lang: 'zh-Hant' }, transcript.filter(function (t) { return t[0] >= lo && t[0] <= hi; }).map(function (t) {
        var showSpeaker = t[2] && t[2] !== lastSpeaker;
        var no = t[1] === lastLine ? '' : 'L' + t[1];
        lastSpeaker = t[2] || lastSpeaker;
        lastLine = t[1];
        return h('li', { 'class': isIn(t) ? 'in' : null, 'data-line': t[1] }, h('span', { 'class': 'no', text: no }),
          h('span', { 'class': 'ctx-text' }, showSpeaker && t[3].indexOf(t[2]) !== 0 ? h('span', { 'class': 'sp', text: t[2] + ':' }) : null, t[3]));
      }));
    } else {
      tList = h('p', { 'class': 'empty', text: lines.length ? "The transcript's text is not in this page." : 'No passage.' });
    }
    var sentences = (docs[r.doc] && docs[r.doc].sentences) || [];
    var no = Number(cell(r, 'sentence_no'));
    var at = -1;
    for (var i = 0; i < sentences.length; i++) if (sentences[i][0] === no) { at = i; break; }
    var aList = at < 0 ? h('p', { 'class': 'empty', text: "The article's text is not in this page." })
      : h('ol', { 'class': 'ctx a', lang: 'zh-Hans' }, sentences.slice(Math.max(0, at - DATA.context), at + DATA.context + 1).map(function (s) {
        return h('li', { 'class': s[0] === no ? 'cur' : null, 'data-sentence': s[0] },
          h('span', { 'class': 'no', text: 'S' + s[0] + ' L' + s[1] }),
          h('span', { 'class': 'ctx-text', title: LABELS[s[2]] }, h('span', { 'class': 'lab l' + s[2] }), s[3]));
      }));
    return h('div', { 'class': 'context' },
      h('div', null, h('h3', { text: 'Transcript ' + cell(r, 'transcript_refs') + ' in context (' + cell(r, 'transcript_id') + ')' }), tList),
      h('div', null, h('h3', { text: 'The sentence in its article (' + cell(r, 'doc_id') + ')' }), aList));
  }

  function decide(ri, decision) {
    decided[ri].decision = decision;
    dirty = true;
    var el = document.querySelector('.row[data-row="' + ri + '"]');
    if (el) {
      DECISIONS.forEach(function (d) { el.classList.toggle('d-' + d, d === decision); });
      el.setAttribute('data-decision', decision);
      el.querySelectorAll('.decide button[class^="b-"]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.classList.contains('b-' + decision)));
      });
    }
    renderCounts();
    markStrip();
  }

  // ---- moving around ------------------------------------------------------------------------

  function focusCursor(scroll) {
    var rowsShown = document.querySelectorAll('.row');
    for (var i = 0; i < rowsShown.length; i++) rowsShown[i].classList.remove('focus');
    if (state.cursor < 0) return;
    var el = document.querySelector('.row[data-pos="' + state.cursor + '"]');
    if (!el) return;
    el.classList.add('focus');
    if (scroll) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'center' });
    }
    markStrip();
  }

  function move(step) {
    if (!visible.length) return;
    var next = state.cursor < 0 ? 0 : Math.max(0, Math.min(visible.length - 1, state.cursor + step));
    state.cursor = next;
    var page = Math.floor(next / PAGE_SIZE);
    if (page !== state.page) {
      state.page = page;
      renderCounts();
      renderPage();
    }
    focusCursor(true);
  }

  function jumpTo(ri) {
    if (!passes(ri)) {
      clearFilters();
      state.doc = String(rows[ri].doc);
      if (rows[ri].rank === 0) { state.dismissed = true; $('f-dismissed').checked = true; }
      applyFilters(true);
    }
    state.cursor = visible.indexOf(ri);
    var page = Math.floor(state.cursor / PAGE_SIZE);
    if (page !== state.page) { state.page = page; renderCounts(); renderPage(); }
    focusCursor(true);
  }

  function current() { return state.cursor >= 0 ? visible[state.cursor] : -1; }

  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
    if (typing) {
      if (ev.key === 'Escape' || (ev.key === 'Enter' && t.classList.contains('note'))) {
        t.blur();
        ev.preventDefault();
        focusCursor(true);
      }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    // a focused button keeps Enter and Space for itself
    if ((ev.key === 'Enter' || ev.key === ' ') && t && t.tagName === 'BUTTON') return;
    var ri = current();
    var handled = true;
    switch (ev.key) {
      case 'j': case 'ArrowDown': move(1); break;
      case 'k': case 'ArrowUp': move(-1); break;
      case ']': goPage(state.page + 1); break;
      case '[': goPage(state.page - 1); break;
      case 'c': case 'f': case 'x':
        if (ri >= 0) {
          decide(ri, decided[ri].decision === DECISION_KEY[ev.key] ? '' : DECISION_KEY[ev.key]);
          move(1);
        }
        break;
      case 'u': case 'Backspace': case 'Delete': if (ri >= 0) decide(ri, ''); break;
      case 'n': {
        var note = document.querySelector('.row[data-pos="' + state.cursor + '"] input.note');
        if (note) note.focus();
        break;
      }
      case 'o': case 'Enter': {
        var el = document.querySelector('.row[data-pos="' + state.cursor + '"]');
        if (el) toggleContext(ri, el);
        break;
      }
      case '/': $('f-search').focus(); break;
      case 'S': save(); break;
      case '?': toggleHelp(); break;
      default: handled = false;
    }
    if (handled) ev.preventDefault();
  });

  function toggleHelp() {
    var help = $('help');
    help.hidden = !help.hidden;
    $('help-toggle').setAttribute('aria-expanded', String(!help.hidden));
  }

  // ---- saving the decisions as a reviews CSV --------------------------------------------------

  /** As CsvFile.neutralize: a cell a spreadsheet would run as a formula gets an apostrophe. */
  function neutralize(v) {
    if (!v) return '';
    return '=+-@\t\r＝＋－＠'.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
  }
  function csvCell(v) {
    v = neutralize(v);
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  /** flagged.csv with the decisions filled in: every row, so it can go on in a spreadsheet too. */
  function reviewsCsv() {
    var lines = [DATA.columns.map(csvCell).join(',')];
    rows.forEach(function (r, i) {
      var cells = r.cells.concat([decided[i].decision, decided[i].note, r.earlier]);
      lines.push(cells.map(csvCell).join(','));
    });
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }

  function stamp() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + two(d.getMonth() + 1) + two(d.getDate()) + '-' + two(d.getHours()) + two(d.getMinutes()) + two(d.getSeconds());
  }

  function save() {
    var name = ('reviews-' + DATA.job + '-' + stamp() + '.csv').replace(/[^A-Za-z0-9._-]+/g, '_');
    var blob = new Blob([reviewsCsv()], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = h('a', { href: url, download: name });
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
    dirty = false;
    var n = decided.filter(function (d) { return d.decision; }).length;
    $('save-note').textContent = 'Saved ' + n + ' decision' + (n === 1 ? '' : 's') + ' as ' + name + '. '
      + (DATA.reviewsFolder ? 'Put the file in ' + DATA.reviewsFolder + ' (or pass --import-reviews=FILE): ' : "Put it in the job's reviews/ folder (or pass --import-reviews=FILE): ")
      + 'the next run imports it.';
  }

  $('save').addEventListener('click', save);
  $('help-toggle').addEventListener('click', toggleHelp);
  window.addEventListener('beforeunload', function (ev) {
    if (!dirty) return;
    ev.preventDefault();
    ev.returnValue = '';
  });

  renderHeader();
  renderAlerts();
  renderOverview();
  prepareFilters();
  $('save-note').textContent = 'Decisions stay in this page while it is open; “Save decisions” writes them as a CSV with the columns of flagged.csv'
    + (DATA.reviewsFolder ? ' for ' + DATA.reviewsFolder : " for the job's reviews/ folder") + ', which the next run imports.';
  applyFilters(true);
  // how long the page took to be usable, from the start of navigation (the large-run test reports it)
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  document.documentElement.setAttribute('data-ready', 'true');
})();
