<#import "_base.ftl" as base>
<@base.layout>
<h1>${taxonomy.title}</h1>
<#if taxonomy.terms?has_content>
<ul class="terms">
<#list taxonomy.terms as term>
  <li><a href="${term.url}">${term.name}</a> <span class="count">(${term.count})</span></li>
</#list>
</ul>
<#else>
<p class="empty">Nothing here yet.</p>
</#if>
</@base.layout>
