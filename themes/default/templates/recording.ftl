<#import "_base.ftl" as base>
<@base.layout>
<@base.itemPage item "recording">
<#if item.recording??>
<#assign talk = item.recording>
<#if talk.video??>
<#-- Click to load: nothing is requested from the provider until the reader presses play; without
     JavaScript the poster is a plain link to the video at its provider. -->
<figure class="video video-${talk.video.provider}">
<#if talk.video.embedUrl??>
  <a class="video-poster" href="${talk.video.watchUrl}" data-embed="${talk.video.embedUrl}">
    <#if talk.video.posterUrl??><img src="${talk.video.posterUrl}" alt="" loading="lazy"></#if>
    <span class="video-play" aria-hidden="true"></span>
    <span class="video-label">Play “${item.title}” on ${talk.video.providerName}<#if talk.duration?has_content> · ${talk.duration}</#if></span>
  </a>
  <figcaption>The ${talk.video.providerName} player loads only when you press play.</figcaption>
<#else>
  <video controls preload="none"<#if talk.video.posterUrl??> poster="${talk.video.posterUrl}"</#if>>
    <source src="${talk.video.watchUrl}" type="${talk.video.fileType}">
    <a href="${talk.video.watchUrl}">Download the recording</a>
  </video>
</#if>
</figure>
</#if>
<dl class="talk-facts">
<#if talk.event??>
  <dt>Event</dt>
  <dd><#if talk.event.url??><a href="${talk.event.url}">${talk.event.name}</a><#else>${talk.event.name}</#if><#if talk.event.city??>, ${talk.event.city}</#if></dd>
</#if>
<#if talk.speakers?has_content>
  <dt>Speakers</dt>
  <dd><#list talk.speakers as speaker><#if speaker.url??><a href="${speaker.url}">${speaker.name}</a><#else>${speaker.name}</#if><#if speaker.affiliation??> (${speaker.affiliation})</#if><#sep>, </#sep></#list></dd>
</#if>
<#if talk.duration?has_content>
  <dt>Length</dt>
  <dd><time datetime="${talk.durationIso}">${talk.duration}</time></dd>
</#if>
<#if talk.slidesUrl?has_content>
  <dt>Slides</dt>
  <dd><a href="${talk.slidesUrl}">${talk.slidesUrl?keep_after_last("/")?has_content?then(talk.slidesUrl?keep_after_last("/"), "Slides")}</a></dd>
</#if>
<#if talk.related?has_content>
  <dt>Related</dt>
  <dd class="related"><#list talk.related as related><a href="${related.url}">${related.title}</a><#sep>, </#sep></#list></dd>
</#if>
</dl>
<script src="${site.basePath}assets/recording.js" defer></script>
</#if>
</@base.itemPage>
</@base.layout>
