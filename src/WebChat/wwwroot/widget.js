/*
 * The documents Q&A widget. One tag mounts it on any page, inside a Shadow DOM:
 *   <script src="https://HOST/widget.js" data-endpoint="https://HOST" data-lang="ko|en"
 *           data-mode="chat|factcheck" data-title="…"></script>
 * data-endpoint defaults to the script's own origin. The staff page adds data-layout="page" and
 * data-target="#selector" to show the same component full-page instead of behind a launcher.
 * Every text from a question, an answer or a document is put in the page as text, never as HTML.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  if (!script) return;
  const options = script.dataset;
  const endpoint = (options.endpoint || new URL(script.src, location.href).origin).replace(/\/+$/, '');
  const layout = options.layout === 'page' ? 'page' : 'launcher';
  const subHeading = layout === 'page' ? 'h2' : 'h3'; // one level below the title (h1 full-page, h2 in the launcher)
  const storageKey = 'webchat:' + endpoint;
  const maxQuestionLength = 2000;
  const sourceContextLines = 3;

  const TEXT = {
    ko: {
      title: '사업 문서 도우미',
      launcher: '문서에 물어보기',
      close: '닫기',
      conversation: '대화',
      modes: '질문 방식',
      chat: '질문하기',
      factcheck: '사실 확인',
      switchLanguage: 'English',
      switchLanguageLabel: 'Switch to English',
      newConversation: '새 대화',
      questionLabel: '질문',
      claimLabel: '확인할 문장',
      questionHint: '궁금한 내용을 입력해 주세요. Enter로 보내고 Shift+Enter로 줄을 바꿔요.',
      claimHint: '기사 문장을 붙여 넣어 주세요. 문서와 맞는지 확인해 드려요.',
      send: '보내기',
      you: '질문',
      checking: '확인할 문장',
      answerLabel: '답변',
      thinking: '답변을 찾고 있어요…',
      empty: '질문을 입력해 주세요.',
      tooLong: '질문은 2,000자 이내로 입력해 주세요.',
      networkError: '서버에 연결하지 못했어요. 잠시 뒤에 다시 시도해 주세요.',
      genericError: '답변을 가져오지 못했어요. 잠시 뒤에 다시 시도해 주세요.',
      examples: '이런 질문을 해 보세요',
      exampleQuestions: {
        chat: ['2단계 R&D 예산 총액이 얼마인가요?', '1단계 사업을 통해 발생한 사업화 매출액은 얼마입니까?',
          '2단계 R&D 예산은 1단계보다 몇 % 늘었나요?', '2020년 지방비 예산 규모 알려주세요.'],
        factcheck: ['2단계 R&D 예산은 1,500억원이다.', '1단계 사업화 매출은 1,446억원이다.'],
      },
      verdict: '판정',
      verdicts: { supported: '사실', refuted: '사실 아님', not_in_document: '문서에 없음', conflicting: '출처 간 불일치' },
      eligibility: '기준 충족 여부',
      eligibilities: { yes: '기준에 맞아요', no: '기준에 맞지 않아요', depends: '조건에 따라 달라요', not_in_document: '문서에 없음' },
      producedByLlm: '언어 모델이 문서를 바탕으로 쓴 답변이에요. 수치와 출처를 확인해 주세요.',
      figures: '수치',
      correctFigures: '문서의 수치',
      formula: '계산식',
      sources: '출처',
      evidence: '근거',
      openSource: (n) => `출처 ${n} 원문 보기`,
      lines: ([from, to]) => (from === to ? `${from}줄` : `${from}–${to}줄`),
      sourceViewer: '원문 보기',
      sourceText: '원문 내용',
      table: '표',
      unit: '단위',
      loadingSource: '원문을 불러오고 있어요…',
      sourceError: '원문을 불러오지 못했어요.',
      followUps: '이어서 물어보기',
      copy: '출처와 함께 복사',
      copied: '답변과 출처를 복사했어요.',
      copyFailed: '복사하지 못했어요. 직접 선택해서 복사해 주세요.',
      rate: '이 답변이 도움이 됐나요?',
      helpful: '도움이 됐어요',
      notHelpful: '도움이 안 됐어요',
      thanks: '평가 고마워요. 의견을 더 남겨 주셔도 좋아요.',
      comment: '의견 (선택)',
      sendComment: '의견 보내기',
      commentSent: '의견을 보냈어요. 고마워요.',
      feedbackFailed: '평가를 보내지 못했어요. 잠시 뒤에 다시 시도해 주세요.',
      computed: '계산',
    },
    en: {
      title: 'Program documents assistant',
      launcher: 'Ask the documents',
      close: 'Close',
      conversation: 'Conversation',
      modes: 'Mode',
      chat: 'Ask',
      factcheck: 'Fact-check',
      switchLanguage: '한국어',
      switchLanguageLabel: '한국어로 보기',
      newConversation: 'New conversation',
      questionLabel: 'Question',
      claimLabel: 'Sentence to check',
      questionHint: 'Type your question. Enter sends, Shift+Enter starts a new line.',
      claimHint: 'Paste a sentence from your article to check it against the documents.',
      send: 'Send',
      you: 'Question',
      checking: 'Sentence to check',
      answerLabel: 'Answer',
      thinking: 'Looking for the answer…',
      empty: 'Please type a question.',
      tooLong: 'Please keep your question under 2,000 characters.',
      networkError: 'Could not reach the server. Please try again in a moment.',
      genericError: 'Could not get an answer. Please try again in a moment.',
      examples: 'Try asking',
      exampleQuestions: {
        chat: ['What is the combined R&D budget for phases 1 and 2?', 'How much local government funding goes into phase 2?'],
        factcheck: ['The phase 2 R&D budget is KRW 150 billion.'],
      },
      verdict: 'Verdict',
      verdicts: { supported: 'Supported', refuted: 'Not supported', not_in_document: 'Not in the documents', conflicting: 'Sources disagree' },
      eligibility: 'Criteria',
      eligibilities: { yes: 'Meets the criteria', no: 'Does not meet the criteria', depends: 'Depends on conditions', not_in_document: 'Not in the documents' },
      producedByLlm: 'Written by a language model from the documents. Please check the figures and sources.',
      figures: 'Figures',
      correctFigures: 'Figures in the documents',
      formula: 'Formula',
      sources: 'Sources',
      evidence: 'Evidence',
      openSource: (n) => `Open source ${n}`,
      lines: ([from, to]) => (from === to ? `line ${from}` : `lines ${from}–${to}`),
      sourceViewer: 'Source',
      sourceText: 'Source text',
      table: 'Table',
      unit: 'unit',
      loadingSource: 'Loading the source…',
      sourceError: 'Could not load the source.',
      followUps: 'Follow-up questions',
      copy: 'Copy with sources',
      copied: 'Answer and sources copied.',
      copyFailed: 'Could not copy. Please select the text and copy it.',
      rate: 'Was this answer helpful?',
      helpful: 'Helpful',
      notHelpful: 'Not helpful',
      thanks: 'Thank you. You may add a comment.',
      comment: 'Comment (optional)',
      sendComment: 'Send comment',
      commentSent: 'Comment sent. Thank you.',
      feedbackFailed: 'Could not send your rating. Please try again in a moment.',
      computed: 'Computed',
    },
  };

  const saved = loadState();
  const state = {
    lang: oneOf(saved.lang, ['ko', 'en']) || oneOf(options.lang, ['ko', 'en']) || 'ko',
    mode: oneOf(saved.mode, ['chat', 'factcheck']) || oneOf(options.mode, ['chat', 'factcheck']) || 'chat',
    conversationId: typeof saved.conversationId === 'string' ? saved.conversationId : null,
    messages: Array.isArray(saved.messages) ? saved.messages.filter(isMessage) : [],
    open: layout === 'page' || saved.open === true,
    busy: false,
  };

  const host = document.createElement('webchat-widget');
  host.dataset.layout = layout;
  host.style.visibility = 'hidden'; // until our styles arrive, so the page never shows an unstyled widget
  const root = host.attachShadow({ mode: 'open' });
  const styles = h('link', { rel: 'stylesheet', href: endpoint + '/widget.css' });
  const showHost = () => { host.style.visibility = ''; };
  styles.addEventListener('load', showHost);
  styles.addEventListener('error', showHost);
  const container = h('div', { class: 'root' });
  root.append(styles, container);
  let ui = {};

  function mount() {
    // A page that includes the tag twice gets one widget per bot, not two launchers.
    if (Array.from(document.querySelectorAll('webchat-widget')).some((other) => other.dataset.endpoint === endpoint)) return;
    host.dataset.endpoint = endpoint;
    const target = options.target ? document.querySelector(options.target) : null;
    (target || document.body).append(host);
    build();
  }

  // ---- building the component ------------------------------------------------------------------

  function t() { return TEXT[state.lang]; }

  /** Creates an element; strings among the children become text nodes, never markup. */
  function h(tag, props, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
      else element.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child != null && child !== false) element.append(child);
    }
    return element;
  }

  function svgIcon(path) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'icon');
    const shape = document.createElementNS(ns, 'path');
    shape.setAttribute('d', path);
    svg.append(shape);
    return svg;
  }

  const ICONS = {
    chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z',
    close: 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z',
    thumb: 'M1 21h4V9H1v12zm22-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.5-1.1L14.2 1 7.6 7.6C7.2 8 7 8.5 7 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7c.1-.3.2-.5.2-.8v-2z',
    copy: 'M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z',
  };

  function build() {
    const text = t();
    const draft = ui.input ? ui.input.value : '';
    const title = options.title || text.title;

    ui = {};
    if (layout === 'page') document.documentElement.lang = state.lang;
    ui.launcher = layout === 'launcher'
      ? h('button', {
        class: 'launcher', type: 'button', 'aria-expanded': String(state.open), 'aria-controls': 'webchat-panel',
        onclick: () => setOpen(!state.open),
      }, svgIcon(ICONS.chat), h('span', null, text.launcher))
      : null;

    ui.examples = h('div', { class: 'examples' });
    ui.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': text.conversation });
    ui.body = h('div', { class: 'body' }, ui.examples, ui.log);
    ui.viewer = h('section', { class: 'viewer', hidden: true, 'aria-labelledby': 'webchat-viewer-title' });
    ui.input = h('textarea', {
      id: 'webchat-input', rows: 2, maxlength: maxQuestionLength, 'aria-describedby': 'webchat-hint',
      onkeydown: onInputKey,
    });
    ui.inputLabel = h('label', { for: 'webchat-input', class: 'input-label' });
    ui.hint = h('p', { id: 'webchat-hint', class: 'hint' });
    ui.send = h('button', { type: 'submit', class: 'send' }, text.send);
    ui.status = h('p', { class: 'status', role: 'status' });

    const panel = h('section', {
      id: 'webchat-panel', class: 'panel layout-' + layout, lang: state.lang, hidden: !state.open,
      role: layout === 'launcher' ? 'dialog' : 'region', 'aria-labelledby': 'webchat-title', onkeydown: onPanelKey,
    },
    h('header', { class: 'head' },
      h('div', { class: 'title-row' },
        h(layout === 'page' ? 'h1' : 'h2', { id: 'webchat-title' }, title),
        layout === 'launcher'
          ? h('button', { type: 'button', class: 'icon-button', 'aria-label': text.close, onclick: () => setOpen(false) }, svgIcon(ICONS.close))
          : null),
      h('div', { class: 'controls' },
        modeSwitch(text),
        h('button', {
          type: 'button', class: 'plain lang', lang: state.lang === 'ko' ? 'en' : 'ko', 'aria-label': text.switchLanguageLabel,
          onclick: () => { state.lang = state.lang === 'ko' ? 'en' : 'ko'; rebuild('.lang'); },
        }, text.switchLanguage),
        h('button', { type: 'button', class: 'plain', onclick: newConversation }, text.newConversation))),
    ui.body,
    ui.viewer,
    h('form', { class: 'ask', onsubmit: (event) => { event.preventDefault(); send(ui.input.value); } },
      ui.inputLabel, h('div', { class: 'row' }, ui.input, ui.send), ui.hint),
    ui.status);

    container.replaceChildren(...[ui.launcher, panel].filter(Boolean));
    ui.panel = panel;
    ui.input.value = draft;
    applyMode();
    for (const message of state.messages) ui.log.append(renderMessage(message));
    scrollToEnd();
  }

  function modeSwitch(text) {
    const choice = (mode) => h('label', { class: 'mode' },
      h('input', {
        type: 'radio', name: 'webchat-mode', value: mode, checked: state.mode === mode,
        onchange: () => { state.mode = mode; applyMode(); saveState(); },
      }),
      h('span', null, text[mode]));
    return h('fieldset', { class: 'modes' }, h('legend', { class: 'visually-hidden' }, text.modes), choice('chat'), choice('factcheck'));
  }

  function applyMode() {
    const text = t();
    const factcheck = state.mode === 'factcheck';
    ui.inputLabel.textContent = factcheck ? text.claimLabel : text.questionLabel;
    ui.hint.textContent = factcheck ? text.claimHint : text.questionHint;
    ui.examples.replaceChildren();
    if (state.messages.length === 0) {
      ui.examples.append(
        h(subHeading, { class: 'sub' }, text.examples),
        h('ul', null, text.exampleQuestions[state.mode].map((question) =>
          h('li', null, h('button', { type: 'button', class: 'example', onclick: () => send(question) }, question)))));
    }
  }

  function rebuild(focusSelector) {
    saveState();
    build();
    const target = ui.panel.querySelector(focusSelector);
    if (target) target.focus();
  }

  function setOpen(open) {
    state.open = open;
    ui.panel.hidden = !open;
    if (ui.launcher) ui.launcher.setAttribute('aria-expanded', String(open));
    saveState();
    if (open) ui.input.focus();
    else if (ui.launcher) ui.launcher.focus();
  }

  function newConversation() {
    state.messages = [];
    state.conversationId = null;
    rebuild('textarea');
  }

  // ---- keyboard ---------------------------------------------------------------------------------

  function onInputKey(event) {
    // Korean is typed through an IME: the Enter that ends a composition must not send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    send(ui.input.value);
  }

  function onPanelKey(event) {
    if (event.key !== 'Escape') return;
    if (!ui.viewer.hidden) {
      event.stopPropagation();
      closeViewer();
    } else if (layout === 'launcher') {
      event.stopPropagation();
      setOpen(false);
    }
  }

  // ---- asking -----------------------------------------------------------------------------------

  async function send(rawText) {
    const text = t();
    const question = String(rawText || '').trim();
    if (state.busy) return;
    if (!question) { announce(text.empty); ui.input.focus(); return; }
    if (question.length > maxQuestionLength) { announce(text.tooLong); return; }

    const mode = state.mode;
    ui.input.value = '';
    announce('');
    push({ role: 'user', text: question, mode });
    applyMode();

    state.busy = true;
    ui.send.disabled = true;
    const pending = h('div', { class: 'msg bot pending', 'aria-busy': 'true' }, text.thinking);
    ui.log.append(pending);
    scrollToEnd();

    let message;
    try {
      const response = await fetch(endpoint + '/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question, conversationId: state.conversationId || undefined, mode }),
      });
      const body = await response.json().catch(() => null);
      if (response.ok && body && typeof body.answer === 'string') {
        state.conversationId = body.conversationId || state.conversationId;
        message = { role: 'bot', question, mode, answer: body };
      } else {
        message = { role: 'error', text: (body && typeof body.detail === 'string' && body.detail) || text.genericError };
      }
    } catch {
      message = { role: 'error', text: text.networkError };
    } finally {
      state.busy = false;
      ui.send.disabled = false;
      pending.remove();
    }
    push(message);
  }

  function push(message) {
    state.messages.push(message);
    const node = renderMessage(message);
    ui.log.append(node);
    if (message.role === 'user') scrollToEnd();
    else showReplyFromItsQuestion(node);
    saveState();
  }

  // A long answer is read from its start (verdict, first sentence), not from its buttons at the end.
  function showReplyFromItsQuestion(node) {
    const question = node.previousElementSibling;
    const anchor = question && question.classList.contains('user') ? question : node;
    ui.body.scrollTop = Math.max(0, anchor.offsetTop - 8);
  }

  function scrollToEnd() {
    ui.body.scrollTop = ui.body.scrollHeight;
  }

  function announce(message) {
    ui.status.textContent = message;
  }

  // ---- rendering messages -----------------------------------------------------------------------

  function renderMessage(message) {
    const text = t();
    if (message.role === 'user') {
      return h('div', { class: 'msg user' },
        h('span', { class: 'who' }, message.mode === 'factcheck' ? text.checking : text.you),
        h('p', { class: 'question' }, message.text));
    }
    if (message.role === 'error') return h('div', { class: 'msg error' }, h('p', null, message.text));
    return renderAnswer(message);
  }

  function renderAnswer(message) {
    const text = t();
    const answer = message.answer;
    const citations = Array.isArray(answer.citations) ? answer.citations : [];
    const figures = Array.isArray(answer.figures) ? answer.figures : [];
    const followUps = Array.isArray(answer.followUps) ? answer.followUps : [];
    const article = h('article', { class: 'msg bot', 'aria-label': text.answerLabel });

    if (answer.verdict) article.append(badge('verdict', text.verdict, text.verdicts, answer.verdict));
    if (answer.eligible) article.append(badge('eligible', text.eligibility, text.eligibilities, answer.eligible));
    article.append(h('p', { class: 'answer-text' }, withCitationMarkers(answer.answer, citations)));
    if (answer.producedBy === 'llm') article.append(h('p', { class: 'produced-by' }, text.producedByLlm));

    if (figures.length > 0) {
      const heading = answer.verdict === 'refuted' ? text.correctFigures : text.figures;
      article.append(h('section', { class: 'figures', 'aria-label': heading },
        h(subHeading, { class: 'sub' }, heading),
        h('ul', null, figures.map((figure) => renderFigure(figure, citations)))));
    }

    if (citations.length > 0) {
      const heading = answer.verdict ? text.evidence : text.sources;
      article.append(h('section', { class: 'sources', 'aria-label': heading },
        h(subHeading, { class: 'sub' }, heading),
        h('ol', null, citations.map((citation, index) => h('li', null,
          h('button', { type: 'button', class: 'source-link', onclick: (event) => openSource(citation, index + 1, event.currentTarget) },
            `[${index + 1}] ${citation.doc} · ${whereOf(citation)}`),
          h('q', { class: 'quote' }, oneLine(citation.quote)))))));
    }

    if (followUps.length > 0) {
      article.append(h('div', { class: 'chips', role: 'group', 'aria-label': text.followUps },
        followUps.map((question) => h('button', { type: 'button', class: 'chip', onclick: () => send(question) }, question))));
    }

    article.append(renderActions(message));
    return article;
  }

  const TONES = { supported: 'good', yes: 'good', refuted: 'bad', no: 'bad', conflicting: 'warn', depends: 'warn' };

  /** A verdict or eligibility badge: the contract's word in the reader's language, coloured by what it means. */
  function badge(className, label, words, value) {
    const known = Object.prototype.hasOwnProperty.call(words, value);
    return h('p', { class: `badge ${className} tone-${TONES[value] || 'neutral'}` },
      h('span', { class: 'visually-hidden' }, label + ': '), known ? words[value] : String(value));
  }

  /** Turns the "[n]" markers of an answer into buttons that open citation n; everything else stays text. */
  function withCitationMarkers(answerText, citations) {
    const parts = [];
    let last = 0;
    for (const match of String(answerText).matchAll(/\[(\d+)\]/g)) {
      const n = Number(match[1]);
      if (n < 1 || n > citations.length) continue;
      parts.push(answerText.slice(last, match.index));
      parts.push(citeButton(citations[n - 1], n));
      last = match.index + match[0].length;
    }
    parts.push(String(answerText).slice(last));
    return parts;
  }

  function citeButton(citation, n) {
    return h('button', {
      type: 'button', class: 'cite', 'aria-label': t().openSource(n),
      onclick: (event) => openSource(citation, n, event.currentTarget),
    }, `[${n}]`);
  }

  function renderFigure(figure, citations) {
    const text = t();
    const inputs = Array.isArray(figure.inputs) ? figure.inputs : [];
    return h('li', { class: 'figure' },
      h('span', { class: 'figure-label' }, figure.label),
      ' ',
      h('strong', { class: 'figure-value' }, formatQuantity(figure.value, figure.unit)),
      figure.formula
        ? h('div', { class: 'formula' }, h('span', null, text.formula + ': '), h('code', null, figure.formula))
        : null,
      inputs.length > 0
        ? h('ul', { class: 'inputs' }, inputs.map((input) => h('li', null,
          `${input.label} ${formatQuantity(input.value, input.unit)} `,
          input.citation >= 1 && input.citation <= citations.length ? citeButton(citations[input.citation - 1], input.citation) : null)))
        : null);
  }

  function formatQuantity(value, unit) {
    const number = typeof value === 'number'
      ? new Intl.NumberFormat(state.lang === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 2 }).format(value)
      : String(value);
    const suffix = String(unit || '');
    return /^[A-Za-z]/.test(suffix) ? `${number} ${suffix}` : number + suffix;
  }

  function oneLine(value) {
    return String(value || '').replace(/\s+/g, ' ').trim();
  }

  // ---- copy and feedback ------------------------------------------------------------------------

  function renderActions(message) {
    const text = t();
    const status = h('p', { class: 'feedback-status', role: 'status' });
    const feedback = message.feedback || (message.feedback = { id: randomId() });
    const thumb = (rating, label) => h('button', {
      type: 'button', class: 'thumb thumb-' + rating, 'aria-pressed': String(feedback.rating === rating), title: label,
      onclick: () => rate(message, rating, actions),
    }, svgIcon(ICONS.thumb), h('span', { class: 'visually-hidden' }, label));

    const comment = h('textarea', { id: 'webchat-comment-' + feedback.id, rows: 2, maxlength: 1000 });
    const commentForm = h('form', {
      class: 'comment', hidden: !feedback.rating || feedback.commentSent,
      onsubmit: (event) => { event.preventDefault(); sendComment(message, comment.value, actions); },
    },
    h('label', { for: comment.id }, text.comment), comment, h('button', { type: 'submit', class: 'plain' }, text.sendComment));

    const actions = h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'copy plain', onclick: () => copyWithSources(message.answer) }, svgIcon(ICONS.copy), text.copy),
      h('div', { class: 'rating', role: 'group', 'aria-label': text.rate }, thumb('up', text.helpful), thumb('down', text.notHelpful)),
      commentForm,
      status);
    return actions;
  }

  async function rate(message, rating, actions) {
    const text = t();
    message.feedback.rating = rating;
    for (const button of actions.querySelectorAll('.thumb')) {
      button.setAttribute('aria-pressed', String(button.classList.contains('thumb-' + rating)));
    }
    const sent = await postFeedback(message, null);
    actions.querySelector('.feedback-status').textContent = sent ? text.thanks : text.feedbackFailed;
    if (sent) actions.querySelector('.comment').hidden = false;
    saveState();
  }

  async function sendComment(message, comment, actions) {
    const text = t();
    if (!comment.trim()) return;
    const sent = await postFeedback(message, comment.trim());
    actions.querySelector('.feedback-status').textContent = sent ? text.commentSent : text.feedbackFailed;
    if (sent) {
      message.feedback.commentSent = true;
      actions.querySelector('.comment').hidden = true;
      saveState();
    }
  }

  async function postFeedback(message, comment) {
    try {
      const response = await fetch(endpoint + '/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: message.feedback.id,
          conversationId: message.answer.conversationId || state.conversationId || undefined,
          question: message.question,
          answer: String(message.answer.answer).slice(0, 1000),
          rating: message.feedback.rating,
          comment: comment || undefined,
        }),
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  function randomId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  /** Plain text a journalist can paste: the answer, the computed figures, then each source with its lines and quote. */
  function plainTextWithSources(answer) {
    const text = t();
    const lines = [String(answer.answer)];
    const computed = (answer.figures || []).filter((figure) => figure.formula);
    if (computed.length > 0) {
      lines.push('');
      for (const figure of computed) {
        lines.push(`${text.computed}: ${figure.label} = ${figure.formula} = ${formatQuantity(figure.value, figure.unit)}`);
      }
    }
    const citations = answer.citations || [];
    if (citations.length > 0) {
      lines.push('', text.sources + ':');
      citations.forEach((citation, index) => {
        const table = citation.table ? ` (${citation.table.title} · ${citation.table.row} · ${citation.table.column})` : '';
        lines.push(`[${index + 1}] ${citation.doc}, ${whereOf(citation)}${table}: "${oneLine(citation.quote)}"`);
      });
    }
    return lines.join('\n');
  }

  async function copyWithSources(answer) {
    const text = t();
    const plain = plainTextWithSources(answer);
    try {
      await navigator.clipboard.writeText(plain);
      announce(text.copied);
    } catch {
      announce(copyThroughSelection(plain) ? text.copied : text.copyFailed);
    }
  }

  // Pages served over plain http have no async clipboard: fall back to a selected, off-screen textarea.
  function copyThroughSelection(plain) {
    const area = h('textarea', { class: 'offscreen', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
    area.value = plain;
    container.append(area);
    area.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch { copied = false; }
    area.remove();
    return copied;
  }

  // ---- the source viewer ------------------------------------------------------------------------

  /** Where a citation is in its file's own terms ("37줄", "3쪽 12줄", "표 2 · 3행", "시트1!A5:G5"). */
  function whereOf(citation) {
    return typeof citation.location === 'string' && citation.location ? citation.location : t().lines(citation.lines);
  }

  async function openSource(citation, n, trigger) {
    const text = t();
    const close = h('button', { type: 'button', class: 'icon-button', 'aria-label': text.close, onclick: closeViewer }, svgIcon(ICONS.close));
    const heading = h(subHeading, { id: 'webchat-viewer-title', class: 'sub', tabindex: '-1' }, `${text.sourceViewer} [${n}]`);
    const place = h('p', { class: 'viewer-doc' }, `${citation.doc} · ${whereOf(citation)}`);
    // Focusable so the keyboard can scroll a long source; a region so it is announced by name.
    const body = h('div', { class: 'lines', role: 'region', 'aria-label': text.sourceText, tabindex: '0', 'aria-busy': 'true' },
      h('p', null, text.loadingSource));
    ui.viewerTrigger = trigger;
    ui.viewer.replaceChildren(...[
      h('div', { class: 'viewer-head' }, heading, close),
      place,
      citation.table
        ? h('p', { class: 'viewer-table' }, `${text.table}: ${citation.table.title} · ${citation.table.row} · ${citation.table.column}`)
        : null,
      body,
    ].filter(Boolean));
    ui.viewer.hidden = false;
    heading.focus();

    const source = await fetchSource(citation);
    body.removeAttribute('aria-busy');
    if (!source) {
      body.replaceChildren(h('p', { class: 'error-text' }, text.sourceError));
      return;
    }
    if (!citation.location) place.textContent = `${citation.doc} · ${locationOfLines(source, citation) || whereOf(citation)}`;
    body.replaceChildren(...renderSource(source, citation));
    const cited = body.querySelector('.cited-cell') || body.querySelector('.cited');
    if (cited) cited.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  async function fetchSource(citation) {
    const [from, to] = citation.lines;
    try {
      const response = await fetch(`${endpoint}/api/sources/${encodeURIComponent(citation.doc)}?from=${from}&to=${to}&context=${sourceContextLines}`);
      if (!response.ok) return null;
      const body = await response.json();
      return body && Array.isArray(body.lines) ? body : null;
    } catch {
      return null;
    }
  }

  /** The cited lines' location from the source itself, for a citation that names none. */
  function locationOfLines(source, citation) {
    const at = (number) => (source.lines.find((line) => line.number === number) || {}).location;
    const [first, last] = [at(citation.lines[0]), at(citation.lines[1])];
    return first && last && first !== last ? `${first} – ${last}` : first;
  }

  /**
   * The source's lines, with the lines of the table they are in (its title line too) drawn as one table. A blank
   * line of a HWPX, DOCX, XLSX, PDF or CSV file only separates blocks in its text: it is not a place in the file.
   */
  function renderSource(source, citation) {
    const [from, to] = citation.lines;
    const table = source.table && Array.isArray(source.table.rows) ? source.table : null;
    const plainText = !source.format || source.format === 'txt' || source.format === 'md';
    const lines = source.lines.filter((entry) => plainText || String(entry.text).trim());
    const line = (entry) => renderSourceLine(entry, from, to, citation.quote);
    if (!table) return lines.map(line);
    const tableStart = Math.min(table.fromLine, table.titleLine || table.fromLine);
    return [
      ...lines.filter((entry) => entry.number < tableStart).map(line),
      ...renderTable(table, citation),
      ...lines.filter((entry) => entry.number > table.toLine).map(line),
    ];
  }

  function renderSourceLine(line, from, to, quote) {
    const cited = line.number >= from && line.number <= to;
    return h('div', { class: cited ? 'line cited' : 'line' },
      h('span', { class: 'ln', lang: 'ko' }, line.location || String(line.number)),
      h('span', { class: 'lt' }, cited ? highlight(String(line.text), quote) : String(line.text)));
  }

  /**
   * A cited table as a table: its caption, header rows with merged cells spanning what they head, row headers as
   * row headers, the cited rows marked and, where the citation names a column, the cited cell too.
   */
  function renderTable(table, citation) {
    const text = t();
    const [from, to] = citation.lines;
    const headerRows = (Array.isArray(table.headerRows) ? table.headerRows : []).map(cellsOf);
    const rows = table.rows.map((row) => ({ ...row, cells: cellsOf(row.cells) }));
    const width = Math.max(1, ...headerRows.map((cells) => cells.length), ...rows.map((row) => row.cells.length));
    const rowHeaders = Math.min(Number(table.rowHeaderColumns) || 0, width - 1);
    const columns = Array.isArray(table.columns) ? table.columns : [];
    const citedColumn = citation.table ? columns.indexOf(citation.table.column) : -1;
    const spans = (cell) => ({ colspan: cell.colSpan > 1 && cell.colSpan, rowspan: cell.rowSpan > 1 && cell.rowSpan });

    const isCited = (line) => line >= from && line <= to;
    const rowProps = (line) => (isCited(line) ? { class: 'cited', 'aria-current': 'true' } : null);
    // Header rows come first in the table's lines: a citation of a header row (a year, a column name) marks it.
    const thead = h('thead', null, headerGrid(headerRows, width).map((cells, r) => h('tr', rowProps(table.fromLine + r),
      cells.map((cell) => (cell.value ? h('th', { scope: 'col', ...spans(cell) }, cell.value) : h('td', spans(cell)))))));

    const groups = []; // per row-header column, the header cell a following empty cell continues
    const tbody = h('tbody', null, rows.map((row) => {
      const cited = isCited(row.line);
      const tr = h('tr', rowProps(row.line));
      for (let c = 0; c < width; c++) {
        const value = row.cells[c] || '';
        if (c < rowHeaders) {
          // An empty group cell is the reader's way of writing a vertically merged one: lengthen the cell above.
          if (!value && c < rowHeaders - 1 && groups[c]) { groups[c].rowSpan += 1; continue; }
          groups[c] = value ? h('th', { scope: 'row' }, value) : null;
          tr.append(groups[c] || h('td'));
          continue;
        }
        const citedCell = cited && c === citedColumn;
        const classes = [/^[-+]?[\d,]+(\.\d+)?%?$/.test(value) && 'num', citedCell && 'cited-cell'].filter(Boolean).join(' ');
        tr.append(h('td', { class: classes || null }, citedCell ? h('mark', null, value) : value));
      }
      return tr;
    }));

    // The title stays outside the sideways-scrolling box so it is read whole; it names the table and the box.
    const titleId = 'webchat-source-table';
    const label = table.title || (rows.length && /^(.+?) · /.exec(rows[0].location || '')?.[1]) || text.table;
    const title = h('p', { id: titleId, class: 'table-title' }, label, table.unit ? ` (${text.unit}: ${table.unit})` : '');
    // Wide tables scroll sideways inside their own box, reachable by keyboard; a single row-header column stays put.
    return [title, h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': titleId, tabindex: '0' },
      h('table', { class: rowHeaders === 1 ? 'source-table sticky-row-headers' : 'source-table', 'aria-labelledby': titleId }, thead, tbody))];
  }

  function cellsOf(cells) {
    return (Array.isArray(cells) ? cells : []).map((cell) => String(cell ?? '').trim());
  }

  /**
   * The header rows' cells with their spans, as the readers write merged cells (the text in the first cell, the
   * rest empty): an empty cell right of a header widens it when sub-headers stand below it or its whole column has
   * no header; empty cells below a header lengthen it.
   */
  function headerGrid(rows, width) {
    const cell = (r, c) => (rows[r] && rows[r][c]) || '';
    const covered = rows.map(() => new Array(width).fill(false));
    const free = (r, c) => !cell(r, c) && !covered[r][c];
    const headedBelow = (r, c) => rows.some((_, below) => below > r && cell(below, c)) || rows.every((_, any) => !cell(any, c));
    return rows.map((_, r) => {
      const cells = [];
      for (let c = 0; c < width; c++) {
        if (covered[r][c]) continue;
        const value = cell(r, c);
        let colSpan = 1;
        let rowSpan = 1;
        if (value) {
          while (c + colSpan < width && free(r, c + colSpan) && headedBelow(r, c + colSpan)) colSpan++;
          while (r + rowSpan < rows.length && Array.from({ length: colSpan }, (_, k) => c + k).every((x) => free(r + rowSpan, x))) rowSpan++;
        }
        for (let y = r; y < r + rowSpan; y++) covered[y].fill(true, c, c + colSpan);
        cells.push({ value, colSpan, rowSpan });
      }
      return cells;
    });
  }

  /** The cited line with the parts the quote covers wrapped in <mark>, as text nodes. */
  function highlight(lineText, quote) {
    for (const fragment of String(quote || '').split('\n').map((part) => part.trim()).filter(Boolean)) {
      const range = findIgnoringSpaces(lineText, fragment);
      if (range) {
        return [lineText.slice(0, range[0]), h('mark', null, lineText.slice(range[0], range[1])), lineText.slice(range[1])];
      }
    }
    return [lineText];
  }

  // Quotes match their lines "white space aside": tabs in a table row may be spaces in the quote.
  function findIgnoringSpaces(haystack, needle) {
    const exact = haystack.indexOf(needle);
    if (exact >= 0) return [exact, exact + needle.length];
    const words = needle.split(/\s+/).filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (words.length === 0) return null;
    const match = new RegExp(words.join('\\s*')).exec(haystack);
    return match ? [match.index, match.index + match[0].length] : null;
  }

  function closeViewer() {
    ui.viewer.hidden = true;
    ui.viewer.replaceChildren();
    if (ui.viewerTrigger && ui.viewerTrigger.isConnected) ui.viewerTrigger.focus();
  }

  // ---- the session ------------------------------------------------------------------------------

  function oneOf(value, allowed) {
    return allowed.includes(value) ? value : null;
  }

  // What sessionStorage gives back is checked before it is drawn: another script on the page may have written it.
  function isMessage(message) {
    if (!message || typeof message !== 'object') return false;
    if (message.role === 'user' || message.role === 'error') return typeof message.text === 'string';
    return message.role === 'bot' && typeof message.question === 'string'
      && !!message.answer && typeof message.answer.answer === 'string';
  }

  function loadState() {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) || '{}') || {};
    } catch {
      return {};
    }
  }

  function saveState() {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify({
        lang: state.lang,
        mode: state.mode,
        open: state.open,
        conversationId: state.conversationId,
        messages: state.messages.slice(-40),
      }));
    } catch {
      // Storage may be full or switched off; the conversation then lasts as long as the page.
    }
  }

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
