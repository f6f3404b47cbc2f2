<#import "_base.ftl" as base>
<@base.layout>
<h1>Recordings</h1>
<p class="feed-link"><a href="${page.url}atom.xml">Recordings feed</a></p>
<#list recordings as year>
<section class="recordings-year">
<h2><#if year.year gt 0>${year.year?c}<#else>Undated</#if></h2>
<#list year.events as event>
<h3><#if event.name?has_content><#if event.url??><a href="${event.url}">${event.name}</a><#else>${event.name}</#if><#if event.city??> · ${event.city}</#if><#else>Other talks</#if></h3>
<ul class="recordings-list">
<#list event.items as talk>
  <li><a href="${talk.url}">${talk.title}</a> <span class="meta"><@base.date talk/><#if talk.recording?? && talk.recording.speakers?has_content> · ${talk.recording.speakers?map(s -> s.name)?join(", ")}</#if><#if talk.recording?? && talk.recording.duration?has_content> · ${talk.recording.duration}</#if></span></li>
</#list>
</ul>
</#list>
</section>
<#else>
<p class="empty">No recordings yet.</p>
</#list>
</@base.layout>
