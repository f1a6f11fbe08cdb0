<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Log</title>
<#list published_posts as post><entry><title>${post.title}</title><link href="${config.site_host}/${post.uri}"/></entry>
</#list></feed>
