"""The queue screen: sealed applications on their way to the register, and the USB export."""
