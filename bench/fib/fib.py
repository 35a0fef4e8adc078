# bench/fib: recursive fib(32) computed 4 times.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for _ in range(4):
    print(fib(32))
