# A coroutine that awaits itself recursively (each level inline, no tasks).
import asyncio


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def main():
    for n in [0, 1, 10, 20]:
        print(n, await fib(n))


asyncio.run(main())
