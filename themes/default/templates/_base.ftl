<#-- The page frame and the pieces several pages share. Every URL is root-relative with the base path. -->
<#macro layout>
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
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${site.atomUrl}">
<link rel="alternate" type="application/rss+xml" title="${site.title} (RSS)" href="${site.rssUrl}">
<link rel="stylesheet" href="${site.basePath}assets/evergreen.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-title" href="${site.basePath}">${site.title}</a>
  <nav class="site-nav" aria-label="Site">
    <a href="${site.archivesUrl}">Archives</a>
    <#if site.recordingsUrl??><a href="${site.recordingsUrl}">Recordings</a></#if>
    <a href="${site.tagsUrl}">Tags</a>
    <a href="${site.categoriesUrl}">Categories</a>
    <a href="${site.atomUrl}">Feed</a>
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

<#-- The header of an item page: title, dates, reading time, authors, taxonomy links. -->
<#macro itemHeader item>
<header class="item-header">
  <h1>${item.title}</h1>
  <p class="meta"><#if item.date??><@date item/> · </#if><#if item.updated??>Updated <time class="updated" datetime="${item.updated.iso}">${item.updated.text}</time> · </#if><#if item.authors?has_content>${item.authors?join(", ")} · </#if>${item.readingMinutes} min read</p>
  <@terms "Categories" item.categories "categories"/>
  <@terms "Tags" item.tags "tags"/>
</header>
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
  <#if item.previous??><a class="previous" rel="prev" href="${item.previous.url}">← ${item.previous.title}</a></#if>
  <#if item.next??><a class="next" rel="next" href="${item.next.url}">${item.next.title} →</a></#if>
</nav>
</#if>
</#macro>

<#-- A list of items with their excerpts, as on the home and term pages. -->
<#macro summaries items>
<#list items as item>
<article class="summary">
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
