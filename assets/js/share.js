// Share a section: the phone's own share sheet (Web Share API) with the section's title, citation and
// address; where there is none, copy the address instead. Without JavaScript the block stays a plain
// link to the section's address. No third-party script or request.
const block = document.querySelector('.share');
if (block) {
  const link = block.querySelector('.share__link');
  const url = new URL(link.getAttribute('href'), location.href).href;
  const data = { title: block.dataset.title, text: block.dataset.citation, url };
  const canShare = typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data));
  const canCopy = navigator.clipboard && typeof navigator.clipboard.writeText === 'function';
  if (canShare || canCopy) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share__button';
    button.textContent = canShare ? 'Chia sẻ' : 'Sao chép liên kết';
    const status = document.createElement('span');
    status.className = 'share__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      status.textContent = '';
      if (canShare) {
        try {
          await navigator.share(data);
        } catch (e) {
          // The reader closed the share sheet: nothing to say.
        }
        return;
      }
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Đã sao chép liên kết.';
      } catch (e) {
        status.textContent = 'Không sao chép được; hãy chép địa chỉ ở trên.';
      }
    });
    block.append(button, status);
  }
}
