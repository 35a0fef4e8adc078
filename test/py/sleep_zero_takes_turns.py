# Two tasks that sleep(0) after each line take turns.
import asyncio


async def say(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(say("a", 3))
    b = asyncio.create_task(say("b", 3))
    await a
    await b


asyncio.run(main())
