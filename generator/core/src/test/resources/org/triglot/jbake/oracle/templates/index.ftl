<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Log</title></head>
<body><ol class="posts"><#list published_posts as post><li>${post.title}</li></#list></ol></body></html>
