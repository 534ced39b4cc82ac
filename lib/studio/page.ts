/**
 * The studio's HTML: Decap CMS's prebuilt bundle (React included, served from node_modules by the
 * development server) started with the configuration from ./config.ts. It is a page of its own,
 * outside the site's layout and bundles, so no reader's page carries any of it.
 */
import { STUDIO_PROBLEMS_PATH, studioAssetPath, studioPreviewPath } from '../routes'
import type { StudioConfig } from './config'

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/**
 * The preview pane shows a link to the article on the development site in Draft Mode (banner
 * included), and a banner above the studio lists what the content step last found wrong, polled
 * every second, so a rule broken by a save shows where the editor is.
 */
export function studioHtml(config: StudioConfig): string {
  const previewBase = studioPreviewPath('SLUG').replace('SLUG', '')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Studio · Gut–Skin Axis</title>
<style>
#content-problems{position:fixed;z-index:1000;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:.75rem 1rem;
background:#7a1212;color:#fff;font:14px/1.4 system-ui,sans-serif;white-space:pre-wrap}
#content-problems[hidden]{display:none}
</style>
</head>
<body>
<div id="content-problems" role="alert" hidden></div>
<script>window.CMS_MANUAL_INIT = true</script>
<script src="${studioAssetPath('decap-cms.js')}"></script>
<script>
(function () {
  var config = ${scriptJson(config)};
  var previewBase = ${scriptJson(previewBase)};
  var ArticlePreview = createClass({
    render: function () {
      var entry = this.props.entry;
      var slug = entry.get('slug');
      var saved = slug && !entry.get('newRecord');
      return h('div', { style: { fontFamily: 'system-ui, sans-serif', padding: '1rem' } },
        saved
          ? h('p', {}, h('a', { href: previewBase + encodeURIComponent(slug), target: '_blank', rel: 'noopener', 'data-testid': 'studio-preview-link' },
              'Open "' + (entry.getIn(['data', 'title']) || slug) + '" on the development site in Draft Mode'))
          : h('p', {}, 'Save the article to preview it on the development site.'),
        h('h1', {}, entry.getIn(['data', 'title']) || ''),
        h('p', {}, entry.getIn(['data', 'summary']) || ''),
        h('pre', { style: { whiteSpace: 'pre-wrap' } }, entry.getIn(['data', 'body']) || ''));
    }
  });
  CMS.registerPreviewTemplate('articles', ArticlePreview);
  CMS.init({ config: config });

  var banner = document.getElementById('content-problems');
  function poll() {
    fetch(${scriptJson(STUDIO_PROBLEMS_PATH)}, { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        banner.hidden = !answer.problems;
        banner.textContent = answer.problems ? 'The content step refused the last save; the site keeps serving the last valid content.\\n' + answer.problems : '';
      })
      .catch(function () {})
      .finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
</body>
</html>
`
}
