module github.com/ffnn/ffnn/bindings/go

go 1.19
