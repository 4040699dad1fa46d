// Listen: the device's own Vietnamese speech synthesis (Web Speech API) reads the section's official
// text aloud, paragraph by paragraph, marking the paragraph being read. The "Nghe" button appears only
// when the device has a vi-VN voice; nothing leaves the device. Keyboard: the buttons, and Escape stops.
const synth = window.speechSynthesis;
const article = document.querySelector('article.section');
if (synth && typeof synth.getVoices === 'function' && typeof window.SpeechSynthesisUtterance === 'function' && article) {
  const vietnamese = () => synth.getVoices().find((v) => /^vi([-_]|$)/i.test(v.lang));
  let bar = null;
  const offer = () => {
    const voice = vietnamese();
    if (!voice || bar) return;
    bar = build(voice);
    article.querySelector('.section__header').after(bar);
  };
  offer();
  if (!bar && typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', offer);
}

/** The control bar: Nghe / Tạm dừng / Tiếp tục, and Dừng while reading. */
function build(voice) {
  const bar = document.createElement('div');
  bar.className = 'listen';
  const play = document.createElement('button');
  play.type = 'button';
  play.className = 'listen__play';
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.className = 'listen__stop';
  stop.textContent = 'Dừng';
  stop.hidden = true;
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  bar.append(play, stop, status);

  // A table is read as its caption, its header row, then row by row.
  const blocks = [article.querySelector('h1'), ...article.querySelectorAll('.official-text > [id]:not(table), '
    + '.official-text > table > caption, .official-text > table > thead > tr, .official-text > table > tbody > tr')]
    .filter(Boolean);
  let session = 0;
  let index = -1;
  let paused = false;

  const show = (label) => { play.textContent = label; };
  const unmark = () => blocks.forEach((b) => b.classList.remove('is-reading'));
  const finish = () => {
    session++;
    index = -1;
    paused = false;
    unmark();
    show('Nghe');
    stop.hidden = true;
  };
  const readFrom = (i, id) => {
    if (id !== session) return;
    if (i >= blocks.length) {
      finish();
      status.textContent = 'Đã đọc hết.';
      return;
    }
    index = i;
    unmark();
    const block = blocks[i];
    block.classList.add('is-reading');
    block.scrollIntoView({ block: 'nearest' });
    const u = new SpeechSynthesisUtterance(officialText(block));
    u.lang = 'vi-VN';
    u.voice = voice;
    u.onend = () => readFrom(i + 1, id);
    u.onerror = () => { if (id === session) finish(); };
    synth.speak(u);
  };

  show('Nghe');
  play.addEventListener('click', () => {
    if (index < 0) {
      synth.cancel();
      session++;
      stop.hidden = false;
      show('Tạm dừng');
      status.textContent = 'Đang đọc.';
      readFrom(0, session);
    } else if (!paused) {
      paused = true;
      synth.pause();
      show('Tiếp tục');
      status.textContent = 'Tạm dừng.';
    } else {
      paused = false;
      synth.resume();
      show('Tạm dừng');
      status.textContent = 'Đang đọc.';
    }
  });
  const halt = () => {
    if (index < 0) return;
    finish();
    synth.cancel();
    status.textContent = 'Đã dừng.';
    play.focus();
  };
  stop.addEventListener('click', halt);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') halt(); });
  return bar;
}

/** The block's own text, without what scripts added to it (paragraph links, hidden labels, buttons). */
function officialText(block) {
  if (block.tagName === 'TR') return [...block.cells].map(officialText).join(', ');
  const copy = block.cloneNode(true);
  copy.querySelectorAll('.visually-hidden, [aria-hidden="true"], button, .para-link, .permalink').forEach((e) => e.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}
