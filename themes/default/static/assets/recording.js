// Click to load: swaps a recording's poster link for the provider's player. Without this script the
// poster stays a plain link to the video, so the page works with JavaScript off.
document.querySelectorAll('a.video-poster[data-embed]').forEach(function (poster) {
  poster.addEventListener('click', function (event) {
    event.preventDefault();
    var frame = document.createElement('iframe');
    frame.src = poster.getAttribute('data-embed');
    frame.title = poster.textContent.trim();
    frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.className = 'video-frame';
    poster.replaceWith(frame);
  });
});
