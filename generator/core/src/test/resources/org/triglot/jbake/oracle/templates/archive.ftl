<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Archive</title></head>
<body><ol class="archive"><#list published_posts as post><li>${post.title}</li></#list></ol></body></html>
