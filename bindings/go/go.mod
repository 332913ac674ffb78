module example.invalid/ffnn

go 1.19
