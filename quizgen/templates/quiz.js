/* quizgen quiz page: checks answers, keeps score, toggles the answer key.
   Quiz text is data: it is only ever inserted with textContent. */
(function () {
  'use strict';

  /* Lowercase, trim, collapse spaces, drop a leading article and trailing
     punctuation, and write "3 times" / "3 ×" / "3X" as "3x". */
  function normalise(text) {
    return String(text)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s.,;:!?'"\u201c\u201d\u2026)\]]+$/, '')
      .replace(/^["'\u201c(\[]+/, '')
      .replace(/^(?:a|an|the) +/, '')
      .replace(/(\d) ?(?:x|\u00d7|times)(?=$|[\s.,;:!?])/g, '$1x')
      .trim();
  }

  var dataEl = document.getElementById('quiz-data');
  if (!dataEl) { return; }
  var quiz = JSON.parse(dataEl.textContent);
  var forms = Array.prototype.slice.call(document.querySelectorAll('form.q'));
  var scoreEl = document.getElementById('score');
  var results = forms.map(function () { return null; });

  document.documentElement.classList.remove('no-js');
  document.documentElement.classList.add('js');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function labelled(label, text) {
    var p = el('p');
    p.appendChild(el('span', 'label', label + ' '));
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function sourceQuote(q) {
    var quote = el('blockquote', 'source');
    var s = q.sentence;
    if (q.mark) {
      quote.appendChild(document.createTextNode(s.slice(0, q.mark[0])));
      quote.appendChild(el('mark', '', s.slice(q.mark[0], q.mark[1])));
      quote.appendChild(document.createTextNode(s.slice(q.mark[1])));
    } else {
      quote.textContent = s;
    }
    return quote;
  }

  function given(form) {
    var picked = form.querySelector('input[type="radio"]:checked');
    if (picked) { return picked.value; }
    var box = form.querySelector('input[type="text"]');
    return box ? box.value : '';
  }

  function isRight(q, answer) {
    if (q.accepted) {
      var mine = normalise(answer);
      return q.accepted.some(function (a) { return normalise(a) === mine; });
    }
    return answer === q.correct;
  }

  function updateScore() {
    var right = results.filter(function (r) { return r === true; }).length;
    scoreEl.textContent = 'Score: ' + right + ' / ' + forms.length;
  }

  function setLocked(form, locked) {
    form.querySelectorAll('input').forEach(function (input) { input.disabled = locked; });
    var button = form.querySelector('button.check');
    if (locked) {
      button.setAttribute('aria-disabled', 'true');
      button.textContent = 'Checked';
    } else {
      button.removeAttribute('aria-disabled');
      button.textContent = 'Check';
    }
  }

  function check(form) {
    var i = Number(form.getAttribute('data-index'));
    if (results[i] !== null) { return; }
    var q = quiz.questions[i];
    var answer = given(form);
    var feedback = form.querySelector('.feedback');
    feedback.textContent = '';
    if (!normalise(answer)) {
      feedback.appendChild(el('p', 'hint', q.accepted ? 'Type an answer first.' : 'Choose an answer first.'));
      return;
    }
    var right = isRight(q, answer);
    results[i] = right;
    form.classList.add('checked', right ? 'is-right' : 'is-wrong');
    /* Locked inputs cannot keep focus; hand it to the button beside them. */
    var hadFocus = form.contains(document.activeElement);
    setLocked(form, true);
    if (hadFocus) { form.querySelector('button.check').focus(); }
    feedback.appendChild(el('p', 'verdict ' + (right ? 'ok' : 'bad'), right ? '\u2713 Correct' : '\u2717 Not quite'));
    feedback.appendChild(labelled('Answer:', q.answer));
    if (q.explanation && q.explanation !== q.sentence) {
      feedback.appendChild(labelled('Why:', q.explanation));
    }
    if (q.sentence) {
      feedback.appendChild(el('p', 'label', 'From the text:'));
      feedback.appendChild(sourceQuote(q));
    }
    updateScore();
  }

  forms.forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      check(form);
    });
  });

  document.getElementById('reset').addEventListener('click', function () {
    forms.forEach(function (form, i) {
      results[i] = null;
      form.reset();
      setLocked(form, false);
      form.classList.remove('checked', 'is-right', 'is-wrong');
      form.querySelector('.feedback').textContent = '';
    });
    updateScore();
  });

  var toggle = document.getElementById('toggle-key');
  toggle.addEventListener('click', function () {
    var on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    document.body.classList.toggle('show-key', on);
  });

  updateScore();
}());
