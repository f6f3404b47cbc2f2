<#-- The page frame and the pieces several pages share. Every URL is root-relative with the base path,
     except on pages that must also work from file:// (the search page), which pass root="../". -->
<#macro layout root=site.basePath>
<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="canonical" href="${page.canonicalUrl}">
<#if page.description?has_content>
<meta name="description" content="${page.description}">
</#if>
<meta name="color-scheme" content="light dark">
<meta property="og:type" content="${page.type}">
<meta property="og:title" content="${page.title}">
<meta property="og:url" content="${page.canonicalUrl}">
<meta property="og:site_name" content="${site.title}">
<#if page.description?has_content><meta property="og:description" content="${page.description}"></#if>
<meta property="og:locale" content="${page.lang?replace("-", "_")}">
<#if item?? && item.date??><meta property="article:published_time" content="${item.date.iso}"></#if>
<#if item?? && item.updated??><meta property="article:modified_time" content="${item.updated.iso}"></#if>
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${page.title}">
<#if page.description?has_content><meta name="twitter:description" content="${page.description}"></#if>
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${site.atomUrl}">
<link rel="alternate" type="application/rss+xml" title="${site.title} (RSS)" href="${site.rssUrl}">
<link rel="stylesheet" href="${root}assets/evergreen.css">
<#-- Before the first paint, so a remembered colour scheme does not flash. -->
<script>try{var t=localStorage.getItem("evergreen-theme");if(t)document.documentElement.setAttribute("data-theme",t)}catch(e){}</script>
<script src="${root}assets/evergreen.js" defer></script>
<#if page.jsonLd?has_content>
<script type="application/ld+json">${page.jsonLd?no_esc}</script>
</#if>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-title" href="${site.basePath}">${site.title}</a>
  <nav class="site-nav" aria-label="Site">
    <#list site.nav as link><a href="${link.url}"<#if link.source??> data-eg-src="${link.source}"</#if>>${link.title}</a></#list>
    <a href="${site.archivesUrl}">Archives</a>
    <#if site.recordingsUrl??><a href="${site.recordingsUrl}">Recordings</a></#if>
    <a href="${site.tagsUrl}">Tags</a>
    <a href="${site.categoriesUrl}">Categories</a>
    <a href="${site.searchUrl}">Search</a>
    <a href="${site.atomUrl}">Feed</a>
    <button type="button" class="theme-toggle" hidden aria-label="Switch colour scheme"><span aria-hidden="true">◐</span></button>
  </nav>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
  <p>${site.title}<#if site.description?has_content> · ${site.description}</#if></p>
</footer>
</body>
</html>
</#macro>

<#macro date item>
<#if item.date??><time datetime="${item.date.iso}">${item.date.text}</time></#if><#t>
</#macro>

<#macro terms label terms class>
<#if terms?has_content>
<p class="${class}"><span class="label">${label}:</span>
<#list terms as term><a href="${term.url}">${term.name}</a><#sep>, </#sep></#list>
</p>
</#if>
</#macro>

<#-- The header of an item page: title, dates, reading time, authors, categories. -->
<#macro itemHeader item>
<header class="item-header">
  <h1>${item.title}</h1>
  <p class="meta"><#if item.date??><@date item/> · </#if><#if item.updated??>Updated <time class="updated" datetime="${item.updated.iso}">${item.updated.text}</time> · </#if><#if item.authors?has_content>${item.authors?join(", ")} · </#if>${item.readingMinutes} min read</p>
  <@terms "Categories" item.categories "categories"/>
</header>
</#macro>

<#-- The footer of an item page: what a reader (or a printout years later) needs to judge its age. -->
<#macro itemFooter item>
<footer class="item-footer">
  <p class="meta">
    <#if item.date??>Published <@date item/>. </#if><#if item.updated??>Updated <time datetime="${item.updated.iso}">${item.updated.text}</time>. </#if>${item.readingMinutes} min read.
    <#if site.linksVerified??><span class="verified">Links last verified on <time datetime="${site.linksVerified.iso}">${site.linksVerified.text}</time>.</span></#if>
  </p>
  <@terms "Tags" item.tags "tags"/>
  <p class="print-only">${page.canonicalUrl}</p>
</footer>
</#macro>

<#macro toc item>
<#if item.toc?size gte 2>
<nav class="toc" aria-label="Table of contents">
  <h2>Contents</h2>
  <ol>
  <#list item.toc as heading>
    <li class="toc-level-${heading.level}"><a href="#${heading.id}">${heading.text}</a></li>
  </#list>
  </ol>
</nav>
</#if>
</#macro>

<#macro neighbours item>
<#if item.previous?? || item.next??>
<nav class="neighbours" aria-label="More articles">
  <#if item.next??><a class="next" rel="next" href="${item.next.url}"><span class="label">Newer</span> ${item.next.title}</a></#if>
  <#if item.previous??><a class="previous" rel="prev" href="${item.previous.url}"><span class="label">Older</span> ${item.previous.title}</a></#if>
</nav>
</#if>
</#macro>

<#-- An item page: the body beside a sticky table of contents on wide screens. -->
<#macro itemPage item class>
<div class="item-layout<#if item.toc?size gte 2> has-toc</#if>">
<article class="item ${class}" lang="${item.lang}">
<@itemHeader item/>
<#nested>
<div class="content">
${item.contentHtml?no_esc}
</div>
<@itemFooter item/>
</article>
<@toc item/>
</div>
<@neighbours item/>
</#macro>

<#-- A list of items with their excerpts, as on the home and term pages. -->
<#macro summaries items>
<#list items as item>
<article class="summary" lang="${item.lang}">
  <h2><a href="${item.url}">${item.title}</a></h2>
  <p class="meta"><@date item/><#if item.date??> · </#if>${item.readingMinutes} min read</p>
  <div class="excerpt">${item.excerptHtml?no_esc}</div>
  <#if item.hasMoreMarker><p class="more"><a href="${item.url}">Read more<span class="visually-hidden">: ${item.title}</span> →</a></p></#if>
</article>
<#else>
<p class="empty">Nothing here yet.</p>
</#list>
</#macro>

<#macro pagination pagination>
<#if pagination.total gt 1>
<nav class="pagination" aria-label="Pages">
  <#if pagination.previousUrl??><a class="newer" rel="prev" href="${pagination.previousUrl}">← Newer</a></#if>
  <span class="position">Page ${pagination.current} of ${pagination.total}</span>
  <#if pagination.nextUrl??><a class="older" rel="next" href="${pagination.nextUrl}">Older →</a></#if>
</nav>
</#if>
</#macro>
