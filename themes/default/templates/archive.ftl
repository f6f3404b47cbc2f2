<#import "_base.ftl" as base>
<@base.layout>
<h1>Archives</h1>
<#list years as group>
<section class="archive-year">
  <h2 id="y${group.year?c}">${group.year?c}</h2>
  <ul class="archive">
  <#list group.items as item>
    <li><@base.date item/> <a href="${item.url}">${item.title}</a></li>
  </#list>
  </ul>
</section>
<#else>
<p class="empty">Nothing here yet.</p>
</#list>
<@base.pagination list.pagination/>
</@base.layout>
