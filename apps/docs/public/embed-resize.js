// On the page that embeds Parley's embed.html in an iframe: size each frame to the card it shows.
// embed.html posts { type: 'parley:height', version: 1, height, src } whenever its height changes.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'parley:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
