# bench/hello: whole-process cost of printing one line.
print("hello, world")
