/*
 * Handlingsveilederen – innbyggingsskript (embed loader). No dependencies.
 * Usage on the municipality's website:
 *   <script src="https://veileder.eksempel.kommune.no/embed.js" data-lang="nb" async></script>
 * Optional: data-start="niva-1/trinn-1" (start page), data-title="…" (the frame's accessible name).
 * Inserts an iframe of /embed/<lang>/… from the guide's own origin, keeps it as tall as the
 * guide, and scrolls to its top when a new step opens. Accepts only messages from that frame,
 * from the guide's origin, in the documented format; ignores everything else.
 */
(function () {
	var script = document.currentScript;
	if (!script || !script.src) return;
	var src = new URL(script.src);
	var origin = src.origin;
	var root = src.pathname.replace(/\/embed\.js$/, '');
	var lang = script.getAttribute('data-lang') === 'nn' ? 'nn' : 'nb';
	var start = (script.getAttribute('data-start') || '').replace(/^\/+|\/+$/g, '');
	if (!/^[a-z0-9/-]*$/.test(start)) start = '';

	var frame = document.createElement('iframe');
	frame.src = origin + root + '/embed/' + lang + '/' + (start ? start + '/' : '');
	frame.title = script.getAttribute('data-title') || 'Handlingsveilederen';
	frame.setAttribute('allow', 'clipboard-write');
	frame.style.cssText = 'display:block;width:100%;height:800px;border:0';
	script.parentNode.insertBefore(frame, script);

	window.addEventListener('message', function (event) {
		if (event.origin !== origin || event.source !== frame.contentWindow) return;
		var m = event.data;
		if (!m || typeof m !== 'object' || m.type !== 'handlingsveilederen' || m.version !== 1) return;
		if (typeof m.height !== 'number' || !(m.height > 0 && m.height < 100000)) return;
		if (m.event === 'resize' || m.event === 'navigate') frame.style.height = Math.ceil(m.height) + 'px';
		if (m.event === 'navigate' && frame.getBoundingClientRect().top < 0) {
			window.scrollTo({ top: window.scrollY + frame.getBoundingClientRect().top, behavior: 'smooth' });
		}
	});
})();
