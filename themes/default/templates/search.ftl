<#import "_base.ftl" as base>
<#-- Relative URLs ("../") so that the page also searches when opened from a folder on disk (file://). -->
<@base.layout root="../">
<h1>Search</h1>
<form class="search-form" role="search" action="." method="get">
  <label for="search-query">Search the articles</label>
  <input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false">
</form>
<p class="search-status" role="status" aria-live="polite"></p>
<ol class="search-results" data-base-path="${site.basePath}"></ol>
<noscript><p>Search needs JavaScript. Every article is listed in the <a href="${site.archivesUrl}">archives</a>.</p></noscript>
<script src="../search-index.js" defer></script>
<script src="../assets/search.js" defer></script>
</@base.layout>
