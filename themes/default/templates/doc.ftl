<#import "_base.ftl" as base>
<#-- A page of a documentation section: the section's tree beside the page, breadcrumbs above it,
     the previous and next pages in reading order below. Sub-sections fold with <details>, so the sidebar
     works without JavaScript; a summary may not hold a link, so a sub-section's own page is its first
     entry, "Overview". -->
<#macro entryLink entry>
<#if entry.url??><a href="${entry.url}"<#if entry.current> aria-current="page"</#if>>${entry.title}</a><#else><span>${entry.title}</span></#if><#t>
</#macro>
<#macro entries list>
<ul>
<#list list as entry><@navItem entry/></#list>
</ul>
</#macro>
<#macro navItem entry>
  <li<#if entry.current> class="current"</#if>>
  <#if entry.section && entry.children?has_content>
    <details<#if entry.open> open</#if>><summary>${entry.title}</summary>
    <ul>
    <#if entry.url??><li<#if entry.current> class="current"</#if>><a href="${entry.url}"<#if entry.current> aria-current="page"</#if>>Overview</a></li></#if>
    <#list entry.children as child><@navItem child/></#list>
    </ul>
    </details>
  <#else>
    <@entryLink entry/>
  </#if>
  </li>
</#macro>
<@base.layout>
<#if docs??>
<div class="doc-layout">
<nav class="doc-nav" aria-label="${docs.section.title}">
  <p class="doc-nav-title"><@entryLink docs.section/></p>
  <@entries docs.section.children/>
</nav>
<div class="doc-main">
<nav class="breadcrumbs" aria-label="Breadcrumbs">
  <ol>
  <#list docs.breadcrumbs as crumb>
    <li><#if crumb.url??><a href="${crumb.url}">${crumb.title}</a><#else>${crumb.title}</#if></li>
  </#list>
    <li aria-current="page">${item.title}</li>
  </ol>
</nav>
<@base.itemPage item "page doc"/>
<#if docs.editUrl??><p class="edit-link"><a href="${docs.editUrl}">Edit this page</a></p></#if>
<#if docs.previous?? || docs.next??>
<nav class="neighbours" aria-label="Reading order">
  <#if docs.previous??><a class="doc-previous" rel="prev" href="${docs.previous.url}"><span class="label">Previous</span> ${docs.previous.title}</a></#if>
  <#if docs.next??><a class="doc-next" rel="next" href="${docs.next.url}"><span class="label">Next</span> ${docs.next.title}</a></#if>
</nav>
</#if>
</div>
</div>
<#else>
<@base.itemPage item "page"/>
</#if>
</@base.layout>
