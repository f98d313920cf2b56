// Starts the player at the chosen shot even where the media fragment (#t=) is ignored.
(() => {
  const player = document.getElementById('player');
  if (!player) return;
  const start = parseFloat(player.dataset.start || '0');
  if (start > 0) {
    player.addEventListener('loadedmetadata', () => { if (player.currentTime < start - 0.5) player.currentTime = start; }, { once: true });
  }
})();
