// Starts GraphiQL on GET /graphql. React, ReactDOM and GraphiQL come from /graphql/assets (npm, served
// locally); this file exists because the site's CSP allows no inline script.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  if (!root || !window.React || !window.ReactDOM || !window.GraphiQL) return;
  var fetcher = window.GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') || '/graphql' });
  var element = window.React.createElement(window.GraphiQL, {
    fetcher: fetcher,
    defaultQuery: root.getAttribute('data-default-query') || '',
    defaultEditorToolsVisibility: true
  });
  window.ReactDOM.createRoot(root).render(element);
})();
