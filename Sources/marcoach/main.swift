import MARCore
print("marcoach")
