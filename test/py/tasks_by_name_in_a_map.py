# Task handles kept in a dict and awaited by key.
import asyncio


async def length(word):
    await asyncio.sleep(0)
    return len(word)


async def main():
    words = ["pear", "fig", "banana"]
    ts = {w: asyncio.create_task(length(w)) for w in words}
    for w in sorted(words):
        print(w, await ts[w])


asyncio.run(main())
