# gather(return_exceptions=True): every task's outcome in order, exceptions in place of
# results, and the other tasks are not cancelled.
import asyncio


async def job(i):
    await asyncio.sleep(0)
    if i % 3 == 1:
        raise ValueError("bad %d" % i)
    return i * 10


async def main():
    rs = await asyncio.gather(*(job(i) for i in range(6)), return_exceptions=True)
    for i, r in enumerate(rs):
        if isinstance(r, Exception):
            print(i, "error:", r)
        else:
            print(i, "result:", r)


asyncio.run(main())
