<#import "_base.ftl" as base>
<@base.layout>
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved: try the <a href="${site.basePath}">home page</a>
or the <a href="${site.archivesUrl}">archives</a>.</p>
</@base.layout>
