# Three tasks with different step counts interleave at every sleep(0).
import asyncio


async def steps(name, n):
    for i in range(n):
        print(f"{name}{i}")
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    ts = [asyncio.create_task(steps(n, k)) for n, k in [("a", 1), ("b", 3), ("c", 2)]]
    for t in ts:
        await t
    print("all done")


asyncio.run(main())
