# A coroutine returning several values (a tuple in Python, results in csp).
import asyncio


async def divmod_async(a, b):
    await asyncio.sleep(0)
    if b == 0:
        return 0, 0, "division by zero"
    return a // b, a % b, None


async def main():
    for a, b in [(17, 5), (9, 3), (1, 0)]:
        q, r, err = await divmod_async(a, b)
        print(q, r, "ok" if err is None else err)


asyncio.run(main())
