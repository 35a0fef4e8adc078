# Tasks on one event loop change shared state between awaits without a lock.
import asyncio

counter = 0


async def bump(n):
    global counter
    for _ in range(n):
        v = counter
        await asyncio.sleep(0)
        counter = v + 1


async def main():
    ts = [asyncio.create_task(bump(10)) for _ in range(3)]
    for t in ts:
        await t
    print("counter", counter)


asyncio.run(main())
