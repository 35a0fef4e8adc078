# Coroutines returning records (a tuple-like class in Python, a struct in csp).
import asyncio


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


async def mid(a, b):
    await asyncio.sleep(0)
    return Point((a.x + b.x) // 2, (a.y + b.y) // 2)


async def main():
    p = await mid(Point(0, 0), Point(10, 20))
    q = await mid(p, Point(4, 4))
    print(p.x, p.y, q.x, q.y)


asyncio.run(main())
