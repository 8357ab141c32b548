/* quizgen quiz page, review mode: a teacher leaves questions out, corrects
   their text and key, and downloads the edited quiz as schema-1.0 JSON that
   `quizgen convert` and `quizgen validate` read. Quiz text is data: it only
   ever goes into .value and .textContent. */
(function () {
  'use strict';

  var FILE_NAME = 'quiz-reviewed.json';
  var EDITED_NOTE = 'Edited by a teacher in review mode.';
  var LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  var BLANK = '_____';

  var dataEl = document.getElementById('quiz-data');
  var toggle = document.getElementById('toggle-review');
  if (!dataEl || !toggle) { return; }
  var original = JSON.parse(dataEl.textContent).quiz;
  var forms = Array.prototype.slice.call(document.querySelectorAll('form.q'));
  var statusEl = document.getElementById('review-status');
  var problemsEl = document.getElementById('review-problems');
  var editors = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /* Collapse runs of white space (a prompt typed over two lines is one line). */
  function clean(text) {
    return String(text === undefined || text === null ? '' : text).replace(/\s+/g, ' ').trim();
  }

  /* Equal the way `quizgen validate` compares answers and options. */
  function same(a, b) {
    return clean(a).toLowerCase() === clean(b).toLowerCase();
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function letter(k) {
    return k < LETTERS.length ? LETTERS.charAt(k) : String(k + 1);
  }

  function textInput(id, value) {
    var input = el('input');
    input.type = 'text';
    input.id = id;
    input.value = value;
    input.autocomplete = 'off';
    return input;
  }

  function textArea(id, value, rows) {
    var area = el('textarea');
    area.id = id;
    area.rows = rows;
    area.value = value;
    return area;
  }

  function field(labelText, control, hint) {
    var wrap = el('div', 'field');
    var label = labelFor(control, labelText);
    wrap.appendChild(label);
    if (hint) {
      label.appendChild(document.createTextNode(' '));
      label.appendChild(el('span', 'field-hint', hint));
    }
    wrap.appendChild(control);
    return wrap;
  }

  function radio(name, id, value, checked) {
    var input = el('input');
    input.type = 'radio';
    input.name = name;
    input.id = id;
    input.value = value;
    input.checked = checked;
    return input;
  }

  function labelFor(control, text, className) {
    var label = el('label', className || '', text);
    label.htmlFor = control.id;
    return label;
  }

  /* Options of a multiple-choice question: a text box each, and a radio
     button (one group) saying which is correct. */
  function choiceEditor(ed, box) {
    var set = el('fieldset', 'field edit-options');
    set.appendChild(el('legend', '', 'Options (select the correct one)'));
    ed.options = ed.q.choices.map(function (c, k) {
      var row = el('div', 'edit-opt');
      var pick = radio(ed.base + '-correct', ed.base + '-correct-' + (k + 1), c.id, c.correct === true);
      var input = textInput(ed.base + '-opt-' + (k + 1), c.text);
      var name = labelFor(input, '', 'edit-letter');
      name.appendChild(el('span', 'sr-only', 'Option '));
      name.appendChild(document.createTextNode(letter(k)));
      row.appendChild(pick);
      row.appendChild(labelFor(pick, 'Option ' + letter(k) + ' is correct', 'sr-only'));
      row.appendChild(name);
      row.appendChild(input);
      row.appendChild(el('span', 'correct-tag', 'Correct'));
      set.appendChild(row);
      return { input: input, radio: pick, letter: letter(k) };
    });
    box.appendChild(set);
  }

  function trueFalseEditor(ed, box) {
    var set = el('fieldset', 'field edit-tf');
    set.appendChild(el('legend', '', 'According to the text, the statement is'));
    var value = ed.q.answer && ed.q.answer.value === true;
    ed.truth = [true, false].map(function (v) {
      var row = el('div', 'edit-choice');
      var pick = radio(ed.base + '-value', ed.base + '-value-' + v, String(v), v === value);
      row.appendChild(pick);
      row.appendChild(labelFor(pick, v ? 'True' : 'False'));
      set.appendChild(row);
      return pick;
    });
    box.appendChild(set);
  }

  function textAnswerEditor(ed, box) {
    var answer = ed.q.answer || {};
    var others = (answer.accepted || []).filter(function (a) { return !same(a, answer.text); });
    ed.answer = textInput(ed.base + '-answer', answer.text || '');
    ed.accepted = textArea(ed.base + '-accepted', others.join('\n'), Math.min(Math.max(others.length, 2), 5));
    box.appendChild(field('Answer', ed.answer));
    box.appendChild(field('Also accept', ed.accepted, '(one answer per line)'));
  }

  function buildEditor(form, i) {
    var q = original.questions[i];
    var n = i + 1;
    var ed = { q: q, n: n, base: 'r' + n };
    var card = el('section', 'q review-card');
    card.id = ed.base;
    card.setAttribute('aria-labelledby', ed.base + '-title');
    var title = el('h3', 'review-title');
    title.id = ed.base + '-title';
    title.appendChild(el('span', 'q-num', 'Question ' + n));
    var kind = form.querySelector('.q-type');
    title.appendChild(el('span', 'q-type', kind ? kind.textContent : q.type));
    var head = el('div', 'review-head');
    head.appendChild(title);
    ed.badge = el('p', 'badge');
    head.appendChild(ed.badge);
    card.appendChild(head);

    var keep = el('div', 'edit-include');
    ed.include = el('input');
    ed.include.type = 'checkbox';
    ed.include.id = ed.base + '-include';
    ed.include.checked = true;
    keep.appendChild(ed.include);
    keep.appendChild(labelFor(ed.include, 'Include this question'));
    card.appendChild(keep);

    var box = el('div', 'edit-fields');
    ed.prompt = textArea(ed.base + '-prompt', q.prompt, 2);
    box.appendChild(field(q.type === 'true_false' ? 'Statement' : 'Question', ed.prompt,
      q.type === 'fill_in_blank' ? '(write the blank as ' + BLANK + ')' : ''));
    if (q.type === 'multiple_choice') {
      choiceEditor(ed, box);
    } else if (q.type === 'true_false') {
      trueFalseEditor(ed, box);
    } else {
      textAnswerEditor(ed, box);
    }
    ed.explanation = textArea(ed.base + '-explanation', q.explanation || '', 2);
    box.appendChild(field('Explanation', ed.explanation, '(shown after answering)'));
    if (q.source && q.source.sentence) {
      var from = el('div', 'edit-source');
      from.appendChild(el('p', 'label', 'From the text:'));
      from.appendChild(el('blockquote', 'source', q.source.sentence));
      box.appendChild(from);
    }
    card.appendChild(box);
    ed.error = el('div', 'card-error');
    card.appendChild(ed.error);
    ed.card = card;
    ed.box = box;

    card.addEventListener('input', function () { refresh(ed); });
    card.addEventListener('change', function () { refresh(ed); });
    form.parentNode.insertBefore(card, form.nextSibling);
    return ed;
  }

  /* The question as the teacher left it, and whether that differs from the original. */
  function edited(ed) {
    var q = copy(ed.q);
    var changed = false;
    function text(key, input) {
      var value = clean(input.value);
      if (value !== clean(q[key])) { q[key] = value; changed = true; }
    }
    text('prompt', ed.prompt);
    text('explanation', ed.explanation);
    if (ed.options) {
      var keyBefore = (q.choices.filter(function (c) { return c.correct; })[0] || {}).text;
      ed.options.forEach(function (o, k) {
        var c = q.choices[k];
        var value = clean(o.input.value);
        if (value !== clean(c.text)) { c.text = value; changed = true; }
        if (c.correct !== o.radio.checked) { c.correct = o.radio.checked; changed = true; }
      });
      var key = q.choices.filter(function (c) { return c.correct; })[0];
      if (key && key.text !== keyBefore) {
        /* A new key: the old accepted variants belonged to the old answer. */
        q.answer = same(key.text, q.answer.text) ? { text: key.text, accepted: withFirst(key.text, q.answer.accepted) }
                                                  : { text: key.text, accepted: [key.text] };
      }
    } else if (ed.truth) {
      var value = ed.truth[0].checked;
      if (q.answer.value !== value) { q.answer = { value: value }; changed = true; }
    } else {
      var answer = clean(ed.answer.value);
      var more = ed.accepted.value.split('\n').map(clean).filter(Boolean);
      var before = (q.answer.accepted || []).filter(function (a) { return !same(a, q.answer.text); });
      if (answer !== clean(q.answer.text) || !sameSet(more, before)) {
        q.answer = { text: answer, accepted: withFirst(answer, more) };
        changed = true;
      }
    }
    if (changed) {
      q.notes = (q.notes || []).filter(function (note) { return note !== EDITED_NOTE; }).concat([EDITED_NOTE]);
    }
    return { question: q, changed: changed };
  }

  /* ``first`` followed by the others, without blanks or repeats. */
  function withFirst(first, others) {
    var out = [];
    [first].concat(others || []).forEach(function (a) {
      a = clean(a);
      if (a && !out.some(function (b) { return same(a, b); })) { out.push(a); }
    });
    return out;
  }

  function sameSet(a, b) {
    var norm = function (list) { return withFirst('', list).map(function (x) { return x.toLowerCase(); }).sort(); };
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  }

  /* What would make the downloaded quiz invalid, with the field to fix. */
  function problems(ed) {
    var out = [];
    if (!ed.include.checked) { return out; }
    var prompt = clean(ed.prompt.value);
    if (!prompt) {
      out.push({ field: ed.prompt, text: 'the question text is empty' });
    } else if (ed.q.type === 'fill_in_blank' && prompt.split(BLANK).length !== 2) {
      out.push({ field: ed.prompt, text: 'the sentence needs exactly one blank, written ' + BLANK });
    }
    if (ed.options) {
      ed.options.forEach(function (o, k) {
        var value = clean(o.input.value);
        if (!value) {
          out.push({ field: o.input, text: 'option ' + o.letter + ' is empty' });
          return;
        }
        var twin = ed.options.slice(0, k).filter(function (p) { return same(p.input.value, value); })[0];
        if (twin) { out.push({ field: o.input, text: 'options ' + twin.letter + ' and ' + o.letter + ' are the same' }); }
      });
    } else if (ed.answer && !clean(ed.answer.value)) {
      out.push({ field: ed.answer, text: 'the answer is empty' });
    }
    if (!clean(ed.explanation.value)) { out.push({ field: ed.explanation, text: 'the explanation is empty' }); }
    return out;
  }

  function refresh(ed) {
    var out = !ed.include.checked;
    var changed = !out && edited(ed).changed;
    ed.card.classList.toggle('is-out', out);
    ed.card.classList.toggle('is-edited', changed);
    ed.badge.textContent = out ? 'Left out' : (changed ? 'Edited' : '');
    ed.box.querySelectorAll('input, textarea').forEach(function (control) { control.disabled = out; });
    if (ed.error.textContent) { showProblems(ed, problems(ed)); }
    updateStatus();
  }

  function showProblems(ed, list) {
    ed.error.textContent = '';
    ed.box.querySelectorAll('[aria-invalid]').forEach(function (c) { c.removeAttribute('aria-invalid'); });
    list.forEach(function (p) {
      p.field.setAttribute('aria-invalid', 'true');
      ed.error.appendChild(el('p', '', '\u26a0 Question ' + ed.n + ': ' + p.text + '.'));
    });
  }

  function updateStatus() {
    var kept = editors.filter(function (ed) { return ed.include.checked; });
    var changed = kept.filter(function (ed) { return edited(ed).changed; }).length;
    statusEl.textContent = kept.length + ' of ' + editors.length + ' included' + (changed ? ', ' + changed + ' edited' : '');
  }

  function download() {
    var found = [];
    var items = el('ul');
    problemsEl.textContent = '';
    editors.forEach(function (ed) {
      var list = problems(ed);
      showProblems(ed, list);
      list.forEach(function (p) { items.appendChild(el('li', '', 'Question ' + ed.n + ': ' + p.text + '.')); });
      found = found.concat(list);
    });
    if (found.length) {
      problemsEl.appendChild(el('p', '', 'Not downloaded: fix ' + (found.length === 1 ? 'this problem' : 'these problems') + ' first.'));
      problemsEl.appendChild(items);
      found[0].field.focus();
      return;
    }
    var quiz = copy(original);
    var removed = 0;
    var changed = 0;
    quiz.questions = [];
    editors.forEach(function (ed) {
      if (!ed.include.checked) { removed += 1; return; }
      var result = edited(ed);
      if (result.changed) { changed += 1; }
      quiz.questions.push(result.question);
    });
    if (removed || changed) {
      quiz.notes = (quiz.notes || []).concat(['Edited by a teacher in review mode: ' +
        plural(removed, 'question') + ' removed, ' + changed + ' edited.']);
    }
    var blob = new Blob([JSON.stringify(quiz, null, 2) + '\n'], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var link = el('a');
    link.href = url;
    link.download = FILE_NAME;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    statusEl.textContent = 'Saved ' + FILE_NAME + ': ' + plural(quiz.questions.length, 'question') +
      (removed || changed ? ' (' + removed + ' removed, ' + changed + ' edited)' : ', unchanged');
  }

  toggle.addEventListener('click', function () {
    var on = toggle.getAttribute('aria-pressed') !== 'true';
    if (on && !editors) { editors = forms.map(buildEditor); }
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    document.body.classList.toggle('reviewing', on);
    if (on) { updateStatus(); }
  });

  document.getElementById('download').addEventListener('click', download);
}());
