module assay.local/pipeline

go 1.19
